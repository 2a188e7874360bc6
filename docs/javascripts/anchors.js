// A jump to an anchor lands on it. site.css skips drawing the blocks out of view
// (content-visibility: auto) and gives each an estimated height until it is first drawn;
// the blocks drawn just after a jump (those above the target, near the screen) may take
// another height than the estimate and push the target off the place the browser scrolled
// it to. So once they are drawn (two frames later) the target is scrolled into place again,
// up to three times, unless the reader has started scrolling.
(function () {
  "use strict";

  var moved = false;

  function target() {
    var id = decodeURIComponent(location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  }

  function afterTwoFrames(then) {
    requestAnimationFrame(function () { requestAnimationFrame(then); });
  }

  function settle(tries) {
    var element = target();
    if (!element || moved) return;
    element.scrollIntoView();
    if (tries > 1) afterTwoFrames(function () { settle(tries - 1); });
  }

  function land() {
    moved = false;
    afterTwoFrames(function () { settle(3); });
  }

  ["wheel", "touchstart", "keydown"].forEach(function (kind) {
    addEventListener(kind, function () { moved = true; }, { passive: true });
  });
  addEventListener("load", land);
  addEventListener("hashchange", land);
})();
