// Young Cities Academy service worker (courses/offline), version {{ version }}.
// Keeps nothing by itself but the offline pages: courses are kept only when the learner downloads them,
// in caches named after the account, and only that account's caches are ever answered from. Answers made
// without a connection are queued (offline-store.js) and sent again when the connection returns.
"use strict";
var CONFIG = {{ config_json|safe }};
importScripts(CONFIG.store);
var SHELL = "yca-shell-{{ version }}";
var PRIVATE = /^\/(admin|accounts|documents\/|django-admin)\/?|^\/[a-z]{2}(-[a-z]+)?\/(trainer|search)\//;
var QUEUEABLE = /^\/[a-z]{2}(-[a-z]+)?\/learn\/lessons\/\d+\/(complete\/|quizzes\/[^/]+\/|reflections\/[^/]+\/|activities\/[^/]+\/(statements|state)\/)$/;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(CONFIG.shell); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf("yca-shell-") === 0 && name !== SHELL; }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function currentUser() {
  return ycaStore.get("meta", "user").then(function (row) { return row ? row.key : ""; }, function () { return ""; });
}

// The caches this account may be answered from: the shell and its own downloads, never another account's.
function ownCaches() {
  return Promise.all([currentUser(), caches.keys()]).then(function (both) {
    var prefix = both[0] ? "yca-u-" + both[0] + "-" : null;
    return both[1].filter(function (name) { return name === SHELL || (prefix && name.indexOf(prefix) === 0); });
  });
}

function fromCaches(request, names) {
  return names.reduce(function (found, name) {
    return found.then(function (response) {
      return response || caches.open(name).then(function (cache) { return cache.match(request, { ignoreVary: true }); });
    });
  }, Promise.resolve(undefined));
}

function offlinePage(url) {
  var language = url.pathname.split("/")[1];
  return caches.match(CONFIG.offline[language] || CONFIG.offline[CONFIG.languages[0]]);
}

// Pages: the network first; a page kept for this account when there is no connection, else the offline page.
// A page kept for this account is refreshed whenever it is visited online, so its ticks stay current.
function page(request, url) {
  return ownCaches().then(function (names) {
    var own = names.filter(function (name) { return name !== SHELL; });
    return fetch(request).then(function (response) {
      if (response.ok && own.length) {
        var copy = response.clone();
        own.forEach(function (name) {
          caches.open(name).then(function (cache) {
            return cache.match(request).then(function (kept) { if (kept) return cache.put(request, copy.clone()); });
          });
        });
      }
      return response;
    }, function () {
      return fromCaches(request, own).then(function (kept) { return kept || offlinePage(url); });
    });
  });
}

// Files: what is kept first (static files and renditions never change under the same name); an image kept
// at its small size answers for the same image at a larger one.
function asset(request, url) {
  return ownCaches().then(function (names) {
    return fromCaches(request, names).then(function (kept) {
      if (kept) return kept;
      return fetch(request).catch(function (error) {
        var small = url.pathname.replace(/\.width-\d+\./, ".width-400.");
        if (small === url.pathname) throw error;
        return fromCaches(new Request(url.origin + small), names).then(function (found) { if (found) return found; throw error; });
      });
    });
  });
}

function queueAnswer(request, url) {
  var copy = request.clone();
  return fetch(request).catch(function () {
    return Promise.all([currentUser(), copy.text()]).then(function (both) {
      var headers = {};
      ["content-type", "if-match", "if-none-match"].forEach(function (name) { if (copy.headers.get(name)) headers[name] = copy.headers.get(name); });
      var entry = {
        id: (self.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now() + Math.random()),
        user: both[0], url: url.pathname, method: copy.method, headers: headers, body: both[1],
        page: copy.referrer || "", state: "waiting", created: Date.now()
      };
      return ycaStore.put("queue", entry).then(function () {
        tellPages({ type: "queued" });
        if (self.registration.sync) self.registration.sync.register("yca-queue").catch(function () {});
        if (copy.mode === "navigate") return Response.redirect((copy.referrer || url.origin) + "#offline-queued", 303);
        return new Response(JSON.stringify({ queued: true }), { status: 202, headers: { "Content-Type": "application/json" } });
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || PRIVATE.test(url.pathname) || url.pathname === CONFIG.sync) return;
  if (request.method === "GET") {
    event.respondWith(request.mode === "navigate" ? page(request, url) : asset(request, url));
  } else if ((request.method === "POST" || request.method === "PUT") && QUEUEABLE.test(url.pathname)) {
    event.respondWith(queueAnswer(request, url));
  }
});

function tellPages(message) {
  self.clients.matchAll({ includeUncontrolled: true }).then(function (pages) {
    pages.forEach(function (client) { client.postMessage(message); });
  });
}

// Sends this account's waiting answers, oldest first, each with a fresh CSRF token. Another account's
// answers wait for that account to sign in again. A refusal is kept, with its reason, for the learner.
var sending = null;
function send() {
  sending = sending || fetch(CONFIG.sync, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
    return response.json();
  }).then(function (state) {
    if (!state.user) return;
    return ycaStore.all("queue").then(function (entries) {
      entries = entries.filter(function (entry) { return entry.user === state.user && entry.state === "waiting"; });
      entries.sort(function (a, b) { return a.created - b.created; });
      return entries.reduce(function (previous, entry) {
        return previous.then(function (goOn) { return goOn && sendOne(entry, state.csrf); });
      }, Promise.resolve(true));
    });
  }).catch(function () {}).then(function () { sending = null; tellPages({ type: "synced" }); });
  return sending;
}

function sendOne(entry, csrf) {
  var body = entry.body;
  if ((entry.headers["content-type"] || "").indexOf("application/x-www-form-urlencoded") === 0) {
    var fields = new URLSearchParams(body);
    fields.set("csrfmiddlewaretoken", csrf);
    body = fields.toString();
  }
  var headers = Object.assign({}, entry.headers, { "X-CSRFToken": csrf, "X-Offline-Replay": entry.id });
  return fetch(entry.url, { method: entry.method, headers: headers, body: body, credentials: "same-origin", redirect: "manual" })
    .then(function (response) { return response.json(); })
    .then(function (answer) {
      if (answer.status === "retry") return false;
      entry.state = answer.status === "sent" ? "sent" : "refused";
      entry.message = answer.message || "";
      entry.done = Date.now();
      return ycaStore.put("queue", entry).then(function () { return true; });
    }, function () { return false; });
}

self.addEventListener("sync", function (event) {
  if (event.tag === "yca-queue") event.waitUntil(send());
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "user") {
    event.waitUntil(ycaStore.put("meta", { id: "user", key: data.key || "" }).then(function () { if (data.key) return send(); }));
  } else if (data.type === "send") {
    event.waitUntil(send());
  }
});
