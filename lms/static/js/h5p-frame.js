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

  // Parts of the content that need media from a site lessons may not load (by subContentId, with the
  // notice to show in their place, in the learner's language): they are never built, so nothing is fetched.
  var blockedParts = config.blockedParts || {};
  var hasBlockedParts = Object.keys(blockedParts).length > 0;

  function guardParts() {
    H5P.YcaBlockedPart = function (params) {
      H5P.EventDispatcher.call(this);
      this.attach = function ($container) {
        var notice = document.createElement("p");
        notice.className = "h5p-yca-blocked-part";
        notice.setAttribute("role", "note");
        notice.textContent = params.message;
        $container.get(0).replaceChildren(notice);
      };
    };
    H5P.YcaBlockedPart.prototype = Object.create(H5P.EventDispatcher.prototype);
    H5P.YcaBlockedPart.prototype.constructor = H5P.YcaBlockedPart;
    var newRunnable = H5P.newRunnable;
    H5P.newRunnable = function (library, contentId, $attachTo, skipResize, extras) {
      var part = library && library.subContentId;
      if (part && Object.prototype.hasOwnProperty.call(blockedParts, part)) {
        library = {
          library: "H5P.YcaBlockedPart 1.0",
          params: { message: blockedParts[part] },
          subContentId: part,
          metadata: library.metadata
        };
      }
      return newRunnable.call(this, library, contentId, $attachTo, skipResize, extras);
    };
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
    // To guard parts, the player's core must be loaded but the content not yet built: start it ourselves.
    if (hasBlockedParts) options.preventH5PInit = false;
    new H5PStandalone.H5P(document.getElementById("h5p-container"), options).then(function () {
      if (hasBlockedParts) {
        guardParts();
        H5P.init();
        H5P.preventInit = false;
      }
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
