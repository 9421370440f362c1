package org.ecomhub.webconsole.internal;

/** The page's few styles: tabs, tiles and messages, on top of the console's own look. */
final class Style {

    static final String CSS = "<style>"
            + "#ecomhub-amazon .ecomhub-tabs{list-style:none;padding:0;margin:8px 0;border-bottom:2px solid #888}"
            + "#ecomhub-amazon .ecomhub-tabs li{display:inline-block;margin-right:4px}"
            + "#ecomhub-amazon .ecomhub-tabs a{display:inline-block;padding:6px 12px;background:#e6e6e6;"
            + "text-decoration:none;border-radius:4px 4px 0 0}"
            + "#ecomhub-amazon .ecomhub-tabs .ecomhub-active a{background:#4a7a2c;color:#fff}"
            + "#ecomhub-amazon .ecomhub-tiles{display:flex;flex-wrap:wrap;gap:12px}"
            + "#ecomhub-amazon .ecomhub-tile{border:1px solid #aaa;border-radius:6px;padding:8px;width:360px;"
            + "background:#fafafa}"
            + "#ecomhub-amazon .ecomhub-empty{border-style:dashed;background:#fff}"
            + "#ecomhub-amazon .ecomhub-tile th{text-align:left;padding-right:8px}"
            + "#ecomhub-amazon .ecomhub-ok{color:#225c12;background:#e7f5df;padding:6px}"
            + "#ecomhub-amazon .ecomhub-error{color:#8a1010;background:#fbe3e3;padding:6px}"
            + "#ecomhub-amazon .ecomhub-warning{color:#a00}"
            + "#ecomhub-amazon .ecomhub-danger{color:#c00;font-weight:bold}"
            + "#ecomhub-amazon .ecomhub-help{font-size:90%;color:#444;max-width:480px}"
            + "#ecomhub-amazon .ecomhub-inline{display:inline}"
            + "#ecomhub-amazon .ecomhub-confirm{border:2px solid #c90;padding:8px;margin:8px 0;background:#fff8e6}"
            + "#ecomhub-amazon .ecomhub-job{border-left:4px solid #4a7a2c;padding:4px 8px;margin:4px 0}"
            + "#ecomhub-amazon .ecomhub-level-ERROR td{color:#8a1010}"
            // the console's reset makes headings plain text: give the page's sections their weight back
            + "#ecomhub-amazon h3{font-size:125%;font-weight:bold;margin:14px 0 6px}"
            + "#ecomhub-amazon h4{font-size:115%;font-weight:bold;margin:0 0 6px}"
            + "#ecomhub-amazon h3.ecomhub-store{font-size:140%}"
            + "#ecomhub-amazon .ecomhub-tile table{width:100%}"
            + "#ecomhub-amazon summary{cursor:pointer;color:#1a5c9e;margin:4px 0}"
            + "#ecomhub-amazon .ecomhub-form p{margin:6px 0}"
            + "#ecomhub-amazon .ecomhub-note{font-style:italic;margin-top:8px}"
            + "#ecomhub-amazon .ecomhub-job-lines{margin:2px 0 0 18px;list-style:disc;color:#555}"
            + "#ecomhub-amazon .ecomhub-eta{font-weight:bold}"
            + "</style>";

    private Style() {
    }
}
