// Explorable figures (src/nnmaths/explorable.py). Every frame, and the numbers of every
// frame, were computed by the package when the site was built: this script only shows
// the frame the sliders pick. A frame is an SVG whose data-nnmaths-numbers attribute
// holds its numbers; it waits in a <template>, or, once the build has moved it
// (nnmaths_site/explorables.py), in a file fetched the first time it is wanted.
(function () {
  "use strict";

  function setUp(box) {
    if (box.dataset.nnmathsReady) return;
    box.dataset.nnmathsReady = "1";
    var frame = box.querySelector(".nnmaths-explorable__frame");
    var live = box.querySelector(".nnmaths-explorable__numbers");
    var inputs = Array.from(box.querySelectorAll('input[type="range"]'));
    var key = function () {
      return inputs.map(function (input) { return input.value; }).join("-");
    };
    var loaded = {};
    loaded[key()] = Promise.resolve(frame.innerHTML);
    var shownFirst = key();
    var firstNumbers = live.textContent; // the default frame's, written at build
    var wanted = key();

    function load(k) {
      if (!loaded[k]) {
        var t = box.querySelector('template[data-nnmaths-frame="' + k + '"]');
        var file = box.dataset.nnmathsFolder + "/" + box.dataset.nnmathsExplorable + "-" + k + ".svg";
        loaded[k] = t
          ? Promise.resolve(t.innerHTML)
          : fetch(file).then(function (response) {
              if (!response.ok) throw new Error(file + ": " + response.status);
              return response.text();
            });
        loaded[k].catch(function () { delete loaded[k]; });
      }
      return loaded[k];
    }

    function show() {
      var k = (wanted = key());
      inputs.forEach(function (input) {
        var text = JSON.parse(input.dataset.nnmathsTexts)[input.value];
        input.setAttribute("aria-valuetext", text);
        input.nextElementSibling.textContent = text;
      });
      box.setAttribute("aria-busy", "true");
      load(k).then(
        function (svg) {
          if (k !== wanted) return;
          frame.innerHTML = svg;
          live.textContent = k === shownFirst
            ? firstNumbers
            : frame.firstElementChild.getAttribute("data-nnmaths-numbers");
          box.removeAttribute("aria-busy");
        },
        function () {
          if (k !== wanted) return;
          live.textContent = "This frame could not be loaded.";
          box.removeAttribute("aria-busy");
        }
      );
    }

    inputs.forEach(function (input) { input.addEventListener("input", show); });
    box.querySelector(".nnmaths-explorable__controls").hidden = false;
  }

  function setUpAll() {
    document.querySelectorAll("[data-nnmaths-explorable]").forEach(setUp);
  }

  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(setUpAll); // Material's instant navigation, if turned on
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
