// Changing the language needs no extra click when scripts run; without them the button does it.
for (const form of document.querySelectorAll("form.language")) {
  form.querySelector("button").hidden = true;
  form.querySelector("select").addEventListener("change", () => form.submit());
}
