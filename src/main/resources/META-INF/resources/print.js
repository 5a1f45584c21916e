// The report's Print button; the only script of the page.
document.querySelectorAll('[data-print]').forEach(b => { b.hidden = false; b.addEventListener('click', () => window.print()); });
