// Offline use (courses/offline), kept small: registers the service worker, downloads a course when the
// learner asks (size first, then a progress bar), marks kept courses, and shows answers made offline:
// waiting, sent, or refused with the reason. Nothing is ever downloaded without a tap.
(function () {
  "use strict";
  var node = document.getElementById("offline-config");
  if (!node || !("serviceWorker" in navigator) || !window.caches || !window.indexedDB) return;
  var config = JSON.parse(node.textContent);
  var words = config.words;
  var user = config.user;
  var store = window.ycaStore;

  function fill(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (_m, name) { return values[name]; });
  }
  function size(bytes) {
    var mb = bytes >= 1048576;
    var value = (bytes / (mb ? 1048576 : 1024)).toFixed(1).replace(".", words.decimal);
    return (mb ? words.mb : words.kb).replace("%s", value);
  }
  function el(tag, text, className) {
    var item = document.createElement(tag);
    if (text) item.textContent = text;
    if (className) item.className = className;
    return item;
  }
  function mine(rows) { return rows.filter(function (row) { return row.user === user; }); }
  function cachePrefix(course) { return "yca-u-" + user + "-c-" + course + "-"; }
  function dataSaver() { return config.dataSaver || (navigator.connection && navigator.connection.saveData); }
  function toWorker(message) {
    return navigator.serviceWorker.ready.then(function (registration) {
      if (registration.active) registration.active.postMessage(message);
    });
  }

  navigator.serviceWorker.register(config.worker, { scope: "/" }).catch(function () {});
  if (user !== null) toWorker({ type: "user", key: user });

  // Answers made offline -------------------------------------------------------------------------------
  function kindOf(entry) {
    var match = /\/(complete|quizzes|reflections|statements|state)\//.exec(entry.url);
    return (match && words.kinds[match[1]]) || "";
  }
  // Waiting answers are counted; sent ones are told once; a refused one stays until the learner dismisses it.
  function showQueue() {
    if (!user) return Promise.resolve();
    return store.all("queue").then(function (rows) {
      rows = mine(rows);
      var waiting = rows.filter(function (row) { return row.state === "waiting"; });
      var sent = rows.filter(function (row) { return row.state === "sent" && !row.seen; });
      var refused = rows.filter(function (row) { return row.state === "refused" && !row.dismissed; });
      try { localStorage.setItem("yca-waiting-" + user, String(waiting.length)); } catch (error) { /* private mode */ }
      drawQueueList(rows);
      var banner = document.getElementById("offline-queue");
      if (!waiting.length && !sent.length && !refused.length) {
        if (banner) banner.remove();
        return;
      }
      if (!banner) {
        banner = el("div", "", "notice offline-queue");
        banner.id = "offline-queue";
        banner.setAttribute("role", "status");
        var main = document.getElementById("main");
        if (main) main.insertBefore(banner, main.firstChild);
      }
      banner.textContent = "";
      if (waiting.length) banner.appendChild(el("p", fill(words.waiting, { count: waiting.length })));
      sent.forEach(function (row) {
        banner.appendChild(el("p", kindOf(row) + " · " + words.sentNote + (row.message ? ": " + row.message : "")));
        row.seen = true;
        store.put("queue", row);
      });
      refused.forEach(function (row) {
        var line = el("p", kindOf(row) + " · " + fill(words.refusedNote, { reason: row.message }) + " ", "offline-queue__refused");
        var dismiss = el("button", words.dismiss, "link-button");
        dismiss.type = "button";
        dismiss.addEventListener("click", function () {
          row.dismissed = true;
          store.put("queue", row).then(showQueue);
        });
        line.appendChild(dismiss);
        banner.appendChild(line);
      });
    });
  }
  function send() { if (navigator.onLine && user) toWorker({ type: "send" }); }
  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data && (event.data.type === "synced" || event.data.type === "queued")) showQueue();
  });
  window.addEventListener("online", send);

  // Downloads ---------------------------------------------------------------------------------------
  function records() { return store.all("downloads").then(mine); }
  function recordId(course) { return user + ":" + course; }

  function removeCourse(course) {
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) { return name.indexOf(cachePrefix(course)) === 0; }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return store.remove("downloads", recordId(course)); });
  }

  function download(panel, manifest, choices, onProgress) {
    var items = manifest.items.filter(function (item) {
      if (!item.url) return false;
      if (item.kind === "document") return choices.documents;
      if (item.kind === "video") return choices.videos;
      return true;
    });
    var name = cachePrefix(manifest.course) + manifest.version;
    var total = items.reduce(function (sum, item) { return sum + item.size; }, 0);
    var done = 0, count = 0, next = 0;
    return caches.open(name).then(function (cache) {
      function worker() {
        if (next >= items.length) return Promise.resolve();
        var item = items[next++];
        return fetch(item.url, { credentials: "same-origin" }).then(function (response) {
          if (!response.ok) throw new Error(response.status);
          // An H5P file is fetched by a signed URL that expires, and kept under its activity's stable address.
          return cache.put(item.key || item.url, response);
        }).then(function () {
          done += item.size; count += 1;
          onProgress(total ? Math.round((done / total) * 100) : 100, count, items.length);
          return worker();
        });
      }
      return Promise.all([worker(), worker(), worker()]);
    }).then(function () {
      // Only a complete download replaces the one kept before.
      return caches.keys().then(function (names) {
        return Promise.all(names.filter(function (old) { return old.indexOf(cachePrefix(manifest.course)) === 0 && old !== name; }).map(function (old) { return caches.delete(old); }));
      });
    }).then(function () {
      var pages = manifest.items.filter(function (item) { return item.kind === "page"; }).map(function (item) { return { url: item.url, title: item.title }; });
      return store.put("downloads", {
        id: recordId(manifest.course), user: user, course: manifest.course, title: manifest.title,
        url: panel.dataset.url, version: manifest.version, size: total, at: Date.now(), pages: pages
      });
    }, function (error) {
      caches.delete(name);
      throw error;
    });
  }

  function setUpPanel(panel) {
    var course = panel.dataset.offlineCourse;
    var status = panel.querySelector("[data-offline-status]");
    var chooser = panel.querySelector("[data-offline-choose]");
    var bar = panel.querySelector("[data-offline-progress]");
    var buttons = {
      download: panel.querySelector("[data-offline-download]"),
      update: panel.querySelector("[data-offline-update]"),
      remove: panel.querySelector("[data-offline-remove]")
    };
    var manifest = null;
    panel.hidden = false;

    function refresh() {
      return store.get("downloads", recordId(course)).then(function (record) {
        buttons.download.hidden = !!record;
        buttons.remove.hidden = !record;
        buttons.update.hidden = !record || record.version === panel.dataset.version;
        if (record) {
          status.textContent = fill(words.kept, { size: size(record.size), date: new Date(record.at).toLocaleDateString(document.documentElement.lang) });
          if (!buttons.update.hidden) {
            buttons.update.textContent = words.updateShort;
            if (navigator.onLine && !dataSaver()) {
              fetch(config.versions + "?course=" + course, { credentials: "same-origin" }).then(function (response) { return response.json(); }).then(function (current) {
                if (current[course]) buttons.update.textContent = fill(words.update, { size: size(current[course].size) });
              }).catch(function () {});
            }
          }
        }
        if (dataSaver()) status.appendChild(el("span", " " + words.saveData));
      });
    }

    function choose() {
      buttons.download.disabled = buttons.update.disabled = true;
      return fetch(panel.dataset.downloadUrl, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      }).then(function (data) {
        manifest = data;
        chooser.querySelector("[data-offline-sizes]").textContent = fill(words.sizes, { size: size(data.sizes.included) });
        [["documents", words.documents], ["videos", words.videos]].forEach(function (pair) {
          var row = chooser.querySelector("[data-offline-optional-" + pair[0] + "]");
          row.hidden = !data.sizes[pair[0]];
          chooser.querySelector("[data-offline-" + pair[0] + "-label]").textContent = fill(pair[1], { size: size(data.sizes[pair[0]]) });
        });
        updateStart();
        chooser.hidden = false;
        chooser.querySelector("[data-offline-start]").focus();
      }).catch(function () {
        status.textContent = words.failed;
      }).then(function () { buttons.download.disabled = buttons.update.disabled = false; });
    }

    function updateStart() {
      var bytes = manifest.sizes.included + (chooser.elements.documents.checked ? manifest.sizes.documents : 0) + (chooser.elements.videos.checked ? manifest.sizes.videos : 0);
      chooser.querySelector("[data-offline-start]").textContent = fill(words.start, { size: size(bytes) });
    }

    chooser.addEventListener("change", updateStart);
    chooser.querySelector("[data-offline-cancel]").addEventListener("click", function () { chooser.hidden = true; });
    chooser.addEventListener("submit", function (event) {
      event.preventDefault();
      chooser.hidden = true;
      bar.hidden = false;
      var progress = bar.querySelector("progress");
      var percent = bar.querySelector("[data-offline-percent]");
      download(panel, manifest, { documents: chooser.elements.documents.checked, videos: chooser.elements.videos.checked }, function (value, done, total) {
        progress.value = value;
        percent.textContent = value + " %";
        status.textContent = fill(words.progress, { done: done, total: total });
      }).then(function () {
        panel.dataset.version = manifest.version;
        bar.hidden = true;
        return refresh();
      }, function (error) {
        bar.hidden = true;
        status.textContent = error && error.name === "QuotaExceededError" ? words.full : words.failed;
      });
    });
    buttons.download.addEventListener("click", choose);
    buttons.update.addEventListener("click", choose);
    buttons.remove.addEventListener("click", function () {
      removeCourse(course).then(refresh).then(function () { status.textContent = words.removed; buttons.download.focus(); });
    });
    refresh();
  }

  // Lists: kept courses (offline page, storage page), badges on the dashboard ----------------------------
  function drawKept() {
    var list = document.querySelector("[data-offline-list]");
    records().then(function (rows) {
      if (list) {
        list.textContent = "";
        rows.forEach(function (record) {
          var item = el("li");
          var link = el("a", record.title);
          link.href = record.url;
          item.appendChild(link);
          item.appendChild(el("span", " · " + size(record.size), "muted"));
          if (list.hasAttribute("data-removable")) {
            var button = el("button", words.remove, "link-button");
            button.type = "button";
            button.addEventListener("click", function () { removeCourse(record.course).then(drawKept); });
            item.appendChild(document.createTextNode(" "));
            item.appendChild(button);
          }
          list.appendChild(item);
        });
        var empty = document.querySelector("[data-offline-empty]");
        if (empty) empty.hidden = rows.length > 0;
        var total = document.querySelector("[data-offline-total]");
        if (total) {
          total.hidden = !rows.length;
          total.textContent = fill(words.total, { size: size(rows.reduce(function (sum, row) { return sum + row.size; }, 0)) });
        }
      }
      markDashboard(rows);
    });
  }

  function markDashboard(rows) {
    var main = document.getElementById("main");
    if (!main || !rows.length || location.pathname !== config.dashboard) return;
    var marked = [];
    rows.forEach(function (record) {
      Array.prototype.forEach.call(main.querySelectorAll('a[href="' + record.url + '"]'), function (link) {
        if (link.closest("[data-offline-list]") || link.parentNode.querySelector(".offline-badge")) return;
        var badge = el("span", words.keptShort, "eyebrow offline-badge");
        link.insertAdjacentElement("afterend", badge);
        marked.push([record, badge]);
      });
    });
    if (!marked.length || !navigator.onLine || dataSaver()) return;
    var query = marked.map(function (pair) { return "course=" + pair[0].course; }).join("&");
    fetch(config.versions + "?" + query, { credentials: "same-origin" }).then(function (response) { return response.json(); }).then(function (current) {
      marked.forEach(function (pair) {
        var now = current[pair[0].course];
        if (now && now.version !== pair[0].version) pair[1].textContent = fill(words.update, { size: size(now.size) });
      });
    }).catch(function () {});
  }

  function drawQueueList(rows) {
    var list = document.querySelector("[data-offline-queue-list]");
    if (!list) return;
    list.textContent = "";
    rows.sort(function (a, b) { return b.created - a.created; }).forEach(function (row) {
      var note = row.state === "waiting" ? words.waitingNote : row.state === "sent" ? words.sentNote : fill(words.refusedNote, { reason: row.message });
      list.appendChild(el("li", kindOf(row) + " · " + new Date(row.created).toLocaleString(document.documentElement.lang) + " · " + note));
    });
    var empty = document.querySelector("[data-offline-queue-empty]");
    if (empty) empty.hidden = rows.length > 0;
  }

  // Logging out deletes what this phone keeps for the account (the server sends Clear-Site-Data). Answers not
  // sent yet are named first (their count is kept in localStorage, so that the check needs no wait), and sent
  // when there is a connection.
  function guardLogout(form) {
    form.addEventListener("submit", function (event) {
      var waiting = 0;
      try { waiting = Number(localStorage.getItem("yca-waiting-" + user) || 0); } catch (error) { waiting = 0; }
      if (!waiting || form.dataset.offlineConfirmed) return;
      event.preventDefault();
      send();
      if (form.querySelector(".offline-logout")) return;
      var box = el("div", "", "notice offline-logout");
      box.setAttribute("role", "alert");
      box.appendChild(el("p", fill(words.logoutWarning, { count: waiting })));
      var anyway = el("button", words.logoutAnyway, "link-button");
      anyway.type = "button";
      anyway.addEventListener("click", function () { forget().then(function () { form.dataset.offlineConfirmed = "1"; form.submit(); }); });
      box.appendChild(anyway);
      form.appendChild(box);
    });
  }
  function forget() {
    return Promise.all([store.all("queue"), store.all("downloads"), caches.keys()]).then(function (all) {
      var jobs = mine(all[0]).map(function (row) { return store.remove("queue", row.id); });
      jobs = jobs.concat(mine(all[1]).map(function (row) { return store.remove("downloads", row.id); }));
      jobs = jobs.concat(all[2].filter(function (name) { return name.indexOf("yca-u-" + user + "-") === 0; }).map(function (name) { return caches.delete(name); }));
      return Promise.all(jobs);
    }).catch(function () {});
  }

  // A page kept offline carries the submission id it was downloaded with; each showing of a page needs its own
  // (as the server gives a fresh one each time), or a second attempt made offline would count as the first.
  if (window.crypto && crypto.randomUUID) {
    Array.prototype.forEach.call(document.querySelectorAll("input[name=submission_id]"), function (input) { input.value = crypto.randomUUID(); });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-offline-course]"), setUpPanel);
  Array.prototype.forEach.call(document.querySelectorAll('form[action$="/accounts/logout/"]'), function (form) { if (user) guardLogout(form); });
  var retry = document.querySelector("[data-offline-retry]");
  if (retry) retry.addEventListener("click", function () { location.reload(); });
  // The offline page is the same for everyone; it lists what the worker keeps for whoever signed in last.
  (user === null ? store.get("meta", "user").then(function (row) { user = row ? row.key : ""; }) : Promise.resolve()).then(function () {
    drawKept();
    return showQueue();
  }).then(send);
})();
