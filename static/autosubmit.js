// Progressive enhancement: submit the search form when the sort order changes.
// Without JavaScript the "Search" button does the same.
document.querySelectorAll("[data-autosubmit]").forEach(function (field) {
  field.addEventListener("change", function () { field.form.submit(); });
});
