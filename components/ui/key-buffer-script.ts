// A tiny inline script in the page head: it keeps the keys pressed before the app's JavaScript has
// hydrated, so the first key after a page loads is never lost (<ShortcutLayer /> replays them).
// Keys typed into fields or with modifiers are left alone, as the shortcuts themselves do.
export const KEY_BUFFER_GLOBAL = "__vigilKeyBuffer";

export const KEY_BUFFER_SCRIPT = `(function(){if(window.${KEY_BUFFER_GLOBAL}!==undefined)return;var b=[];window.${KEY_BUFFER_GLOBAL}=b;document.addEventListener("keydown",function h(e){if(window.${KEY_BUFFER_GLOBAL}!==b){document.removeEventListener("keydown",h);return}var t=e.target;if(e.metaKey||e.ctrlKey||e.altKey||(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))))return;b.push({key:e.key,at:Date.now()});e.preventDefault()})})();`;
