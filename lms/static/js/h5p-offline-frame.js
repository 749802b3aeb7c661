// Runs inside the offline player frame (courses/h5p/offline.py): <iframe sandbox="allow-scripts"> from srcdoc,
// with an opaque origin, which no service worker looks after. The host hands it the player and the package's
// files once; each becomes a blob: URL of this frame, and the addresses the player asks for (by fetch, by a
// script, stylesheet, picture or media element) are pointed at them. Then the player starts as online
// (js/h5p-frame.js), and reports to the host by postMessage.
(function () {
  "use strict";
  var started = false;
  var kept = {};

  function plainUrl(value) {
    try {
      var url = new URL(String(value), document.baseURI);
      url.hash = "";
      url.search = "";
      return url.href;
    } catch (error) {
      return "";
    }
  }

  function mapped(value) {
    return kept[plainUrl(value)] || value;
  }

  // Stylesheets point at fonts and pictures by relative url(): those become blob: URLs too.
  function rewriteCss(text, cssUrl) {
    return text.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, function (whole, quote, target) {
      if (/^(data|blob):/.test(target)) return whole;
      var found;
      try { found = kept[plainUrl(new URL(target, cssUrl).href)]; } catch (error) { found = null; }
      return found ? "url(\"" + found + "\")" : whole;
    });
  }

  function patchProperty(prototype, name) {
    var descriptor = prototype && Object.getOwnPropertyDescriptor(prototype, name);
    if (!descriptor || !descriptor.set) return;
    Object.defineProperty(prototype, name, {
      configurable: true,
      enumerable: descriptor.enumerable,
      get: descriptor.get,
      set: function (value) { descriptor.set.call(this, mapped(value)); }
    });
  }

  function patch() {
    var originalFetch = window.fetch;
    window.fetch = function (input, init) {
      var url = typeof input === "string" || input instanceof URL ? String(input) : input.url;
      var found = kept[plainUrl(url)];
      return found ? originalFetch.call(window, found) : originalFetch.call(window, input, init);
    };
    var open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (method, url) {
      var args = Array.prototype.slice.call(arguments);
      args[1] = mapped(url);
      return open.apply(this, args);
    };
    [
      [HTMLScriptElement.prototype, "src"], [HTMLLinkElement.prototype, "href"], [HTMLImageElement.prototype, "src"],
      [HTMLMediaElement.prototype, "src"], [HTMLSourceElement.prototype, "src"], [HTMLTrackElement.prototype, "src"]
    ].forEach(function (pair) { patchProperty(pair[0], pair[1]); });
    var setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name, value) {
      var lower = String(name).toLowerCase();
      return setAttribute.call(this, name, lower === "src" || lower === "href" ? mapped(value) : value);
    };
    // Markup written as text (innerHTML) sets attributes without the calls above: point them once inserted.
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        Array.prototype.forEach.call(record.addedNodes, function (node) {
          if (node.nodeType !== 1) return;
          var found = [node].concat(Array.prototype.slice.call(node.querySelectorAll("[src],[href]")));
          found.forEach(function (element) {
            ["src", "href"].forEach(function (name) {
              var value = element.getAttribute(name);
              if (value && mapped(value) !== value) element.setAttribute(name, value);
            });
          });
        });
      });
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  // The same in-memory storage as js/h5p-frame.js, needed before the player's script loads.
  function memoryStorage() {
    var items = {};
    return {
      get length() { return Object.keys(items).length; },
      key: function (index) { return Object.keys(items)[index] || null; },
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; }
    };
  }

  function load(tag, url) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      if (tag === "script") {
        element.async = false;
        element.src = url;
      } else {
        element.rel = "stylesheet";
        element.href = url;
      }
      element.onload = resolve;
      element.onerror = function () { reject(new Error(url)); };
      document.head.appendChild(element);
    });
  }

  function start(message) {
    var css = [];
    message.files.forEach(function (file) {
      if (/\.css$/i.test(plainUrl(file.url))) css.push(file);
      else kept[plainUrl(file.url)] = URL.createObjectURL(file.blob);
    });
    Promise.all(css.map(function (file) {
      return file.blob.text().then(function (text) {
        kept[plainUrl(file.url)] = URL.createObjectURL(new Blob([rewriteCss(text, file.url)], { type: "text/css" }));
      });
    })).then(function () {
      patch();
      ["localStorage", "sessionStorage"].forEach(function (name) {
        try {
          window[name].getItem("probe");
        } catch (error) {
          Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
        }
      });
      var data = document.createElement("script");
      data.type = "application/json";
      data.id = "h5p-config";
      data.textContent = JSON.stringify(message.config);
      document.head.appendChild(data);
      return Promise.all(message.styles.map(function (url) { return load("link", url); }));
    }).then(function () {
      // The player's script before the bridge, which starts it at once (the document has loaded).
      return message.scripts.reduce(function (previous, url) {
        return previous.then(function () { return load("script", url); });
      }, Promise.resolve());
    }).catch(function (error) {
      console.error("The offline player could not start:", error);
      window.parent.postMessage({ source: "yca-h5p", type: "error" }, message.config.parentOrigin);
    });
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (started || event.source !== window.parent || !data || data.source !== "yca-h5p-host") return;
    started = true;
    start(data);
  });
})();
