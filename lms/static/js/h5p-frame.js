// Runs inside the sandboxed player frame (opaque origin, no cookies, no storage).
// It gives the player an in-memory storage, starts it, and reports to the lesson page by
// postMessage: "ready", the frame's height, xAPI statements and the resume state.
(function () {
  "use strict";

  function MemoryStorage() { this._items = {}; }
  MemoryStorage.prototype = {
    get length() { return Object.keys(this._items).length; },
    key: function (index) { return Object.keys(this._items)[index] || null; },
    getItem: function (key) { return Object.prototype.hasOwnProperty.call(this._items, key) ? this._items[key] : null; },
    setItem: function (key, value) { this._items[key] = String(value); },
    removeItem: function (key) { delete this._items[key]; },
    clear: function () { this._items = {}; }
  };
  // Touching localStorage in a sandboxed frame throws, and the player's start-up rejects on it.
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      window[name].getItem("probe");
    } catch (error) {
      Object.defineProperty(window, name, { value: new MemoryStorage(), configurable: true });
    }
  });

  var config = JSON.parse(document.getElementById("h5p-config").textContent);

  function send(message) {
    message.source = "yca-h5p";
    window.parent.postMessage(message, config.parentOrigin);
  }

  function plain(value) {
    return JSON.parse(JSON.stringify(value));
  }

  var lastState = config.previousState || null;
  function reportState() {
    var instance = window.H5P && H5P.instances && H5P.instances[0];
    if (!instance || typeof instance.getCurrentState !== "function") return;
    var state;
    try { state = JSON.stringify(instance.getCurrentState()); } catch (error) { return; }
    if (state && state !== lastState) {
      lastState = state;
      send({ type: "state", state: state });
    }
  }

  function reportHeight() {
    send({ type: "resize", height: Math.ceil(document.documentElement.getBoundingClientRect().height) });
  }

  function start() {
    var options = {
      id: config.id,
      h5pJsonPath: config.h5pJsonPath,
      frameJs: config.frameJs,
      frameCss: config.frameCss,
      embedType: "div",
      xAPIObjectIRI: config.xAPIObjectIRI,
      frame: false,
      copyright: false,
      export: false,
      icon: false,
      fullScreen: false,
      // H5P only hands the saved state to the content when a save frequency is set.
      saveFreq: 15
    };
    if (config.previousState) options.contentUserData = [{ state: config.previousState }];
    new H5PStandalone.H5P(document.getElementById("h5p-container"), options).then(function () {
      H5P.externalDispatcher.on("xAPI", function (event) {
        send({ type: "xapi", statement: plain(event.data.statement) });
        reportState();
      });
      send({ type: "ready" });
      reportHeight();
      setInterval(reportState, 10000);
    }).catch(function (error) {
      console.error("The H5P player could not start:", error);
      send({ type: "error" });
    });
    if (window.ResizeObserver) new ResizeObserver(reportHeight).observe(document.documentElement);
    window.addEventListener("pagehide", reportState);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
