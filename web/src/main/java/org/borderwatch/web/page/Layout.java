package org.borderwatch.web.page;

/** The frame of every page: navigation, who is reviewing, a little CSS; no scripts or fonts from elsewhere. */
final class Layout {
    private static final String CSS = """
            body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
            header{background:#1f3b57;color:#fff;padding:.5em 1em;display:flex;gap:1.2em;align-items:center;flex-wrap:wrap}
            header a{color:#fff;text-decoration:none}header .who{margin-left:auto;opacity:.8}
            main{padding:1em 1.5em;max-width:1200px}
            h1{font-size:1.4em;margin:.3em 0 .6em}h2{font-size:1.15em;margin:1.2em 0 .4em}
            table{border-collapse:collapse;background:#fff;width:100%}th,td{border-bottom:1px solid #dde;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#eef1f5;font-weight:600}.num{text-align:right}
            .cards{display:flex;gap:1em;flex-wrap:wrap}.card{background:#fff;padding:.6em 1em;border:1px solid #dde;border-radius:4px}
            .card b{display:block;font-size:1.5em}
            form.filters{background:#fff;border:1px solid #dde;padding:.5em;display:flex;flex-wrap:wrap;gap:.5em;align-items:end}
            form.filters label{display:flex;flex-direction:column;font-size:.85em}
            mark{background:#ffe38a}mark.current,mark.current .f{background:#ffa94d}
            .doc-text{background:#fff;border:1px solid #dde;padding:1em;white-space:pre-wrap;max-width:60em}
            .f{border-bottom:2px solid #999}.f a{color:inherit;text-decoration:none}
            .f-incident{background:#ffe9c7}.f-statement{background:#dcebff}.f-perpetrator{background:#ffc9c9}
            .f-place{background:#d3f9d8}.f-speaker,.f-addressee{background:#e5dbff}
            .status{font-size:.8em;padding:0 .4em;border-radius:3px;background:#e9ecef}
            .status-accepted{background:#d3f9d8}.status-rejected{background:#ffc9c9}.status-edited{background:#fff3bf}
            .report{background:#fff;border:1px solid #dde;padding:.6em 1em;margin:.6em 0}
            blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:3px solid #ffb84d}
            .muted{color:#667}.error{background:#fff0f0;border:1px solid #e03131;padding:1em}
            svg text{font:11px system-ui,sans-serif}code{white-space:pre-wrap;word-break:break-word}
            """;

    private Layout() {
    }

    static String page(String title, String reviewer, String body) {
        return new Html().f("""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Borderwatch</title><style>%s</style></head><body>
                <header><b><a href="/">Borderwatch</a></b><a href="/">Dashboard</a><a href="/incidents">Incidents</a>
                <a href="/documents">Documents</a><a href="/statements">Statements</a><a href="/actors">Actors</a>
                <a href="/ledger">Claim ledger</a><a href="/commitments">Commitments</a>
                <a href="/conditions">Conditions</a><a href="/engagements">Engagements</a><a href="/api/openapi.json">API</a>
                <span class="who">reviewing as %s</span></header><main>%s</main></body></html>
                """, title, Html.rawString(CSS), reviewer == null ? "—" : reviewer, Html.rawString(body)).toString();
    }
}
