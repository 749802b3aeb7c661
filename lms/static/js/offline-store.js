// A tiny IndexedDB store shared by the pages and the service worker (courses/offline): the answers
// waiting to be sent ("queue"), the courses kept on this phone ("downloads") and who is signed in ("meta").
(function (scope) {
  "use strict";
  var opening;
  function db() {
    opening = opening || new Promise(function (resolve, reject) {
      var request = indexedDB.open("yca-offline", 1);
      request.onupgradeneeded = function () {
        var base = request.result;
        ["queue", "downloads", "meta"].forEach(function (name) {
          if (!base.objectStoreNames.contains(name)) base.createObjectStore(name, { keyPath: "id" });
        });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
    return opening;
  }
  function run(name, mode, work) {
    return db().then(function (base) {
      return new Promise(function (resolve, reject) {
        var transaction = base.transaction(name, mode);
        var result = work(transaction.objectStore(name));
        transaction.oncomplete = function () { resolve(result && "result" in result ? result.result : undefined); };
        transaction.onerror = function () { reject(transaction.error); };
      });
    });
  }
  scope.ycaStore = {
    all: function (name) { return run(name, "readonly", function (store) { return store.getAll(); }); },
    get: function (name, id) { return run(name, "readonly", function (store) { return store.get(id); }); },
    put: function (name, value) { return run(name, "readwrite", function (store) { store.put(value); }); },
    remove: function (name, id) { return run(name, "readwrite", function (store) { store.delete(id); }); }
  };
})(self);
