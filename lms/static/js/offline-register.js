// Visitors (courses/offline): registers the service worker and tells it nobody is signed in, so that no
// account's downloaded pages are shown. Signed-in learners load offline.js instead.
(function (script) {
  "use strict";
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register(script.dataset.worker, { scope: "/" }).catch(function () {});
  navigator.serviceWorker.ready.then(function (registration) {
    if (registration.active) registration.active.postMessage({ type: "user", key: "" });
  });
})(document.currentScript);
