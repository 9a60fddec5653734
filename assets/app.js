// Copy buttons: the only script of the portal. Pages work without it; it adds a "Copy" button
// next to every element marked data-copy-source.
document.querySelectorAll("[data-copy-target]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    if (!source) { return; }
    var text = source.value !== undefined ? source.value : source.textContent;
    navigator.clipboard.writeText(text.trim()).then(function () {
      var label = button.textContent;
      button.textContent = button.getAttribute("data-copied-label") || "Copied";
      setTimeout(function () { button.textContent = label; }, 2000);
    });
  });
});
