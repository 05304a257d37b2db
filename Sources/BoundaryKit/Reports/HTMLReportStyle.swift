/// The style sheet of the HTML report: a serif for the contract, a sans-serif for everything about
/// it, line numbers in tabular figures; colours that survive printing; a margin column for notes
/// that moves under the line on a narrow screen.
enum HTMLReportStyle {
    static let css = """
    :root {
      --ink: #1f2328; --muted: #59636e; --faint: #8c959f; --rule: #d8dee4; --paper: #fff; --wash: #f6f8fa;
      --error: #c4161c; --warning: #b35900; --note: #0b62c4;
      --present-bg: #dcf5e3; --present: #11632f; --partial-bg: #fff4c2; --partial: #7a4d00; --missing-bg: #ffe7e5; --missing: #a3101f;
      --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, serif;
      --mono: ui-monospace, "SF Mono", SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
      color: var(--ink); background: var(--paper);
      -webkit-print-color-adjust: exact; print-color-adjust: exact;
    }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 var(--sans); text-rendering: optimizeLegibility; font-kerning: normal; }
    main { max-width: 78rem; margin: 0 auto; padding: 2.5rem 2rem 3rem; }
    a { color: inherit; text-decoration-color: var(--faint); text-underline-offset: 2px; }
    a:hover { text-decoration-color: currentColor; }
    code { font: 0.88em var(--mono); background: var(--wash); border: 1px solid var(--rule); border-radius: 4px; padding: 0.05em 0.35em; white-space: nowrap; }
    h1, h2, h3 { line-height: 1.2; letter-spacing: -0.01em; break-after: avoid; }
    h1 { font-size: 1.75rem; font-weight: 650; margin: 0.2rem 0 0.4rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.35rem; font-weight: 650; margin: 0 0 0.3rem; overflow-wrap: anywhere; }
    h3 { font-size: 0.78rem; font-weight: 650; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 0 0 0.7rem; }
    .eyebrow { margin: 0; font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
    .page-head { border-bottom: 2px solid var(--ink); padding-bottom: 1rem; margin-bottom: 2rem; }
    .totals, .counts { margin: 0; color: var(--muted); font-variant-numeric: tabular-nums; }
    .count.sev-error { color: var(--error); font-weight: 600; }
    .count.sev-warning { color: var(--warning); font-weight: 600; }
    .count.sev-note { color: var(--note); font-weight: 600; }
    .count.zero { color: var(--muted); font-weight: normal; }
    .toc { margin: 1rem 0 0; padding-left: 1.4rem; }
    .toc li { margin: 0.15rem 0; }
    .toc-counts { color: var(--muted); font-size: 0.9em; }
    .document { margin-bottom: 3.5rem; }
    .document + .document { border-top: 1px solid var(--rule); padding-top: 2rem; }
    .doc-head { margin-bottom: 1.5rem; }
    .overview { display: grid; grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); gap: 2.5rem; margin-bottom: 2rem; }
    .kind-summary { margin: 0 0 0.6rem; display: flex; gap: 0.4rem; flex-wrap: wrap; }
    .kind-table { width: 100%; border-collapse: collapse; font-size: 0.92rem; font-variant-numeric: tabular-nums; }
    .kind-table th, .kind-table td { text-align: left; vertical-align: baseline; padding: 0.32rem 0.6rem 0.32rem 0; border-bottom: 1px solid var(--rule); }
    .kind-table thead th { font-size: 0.75rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; }
    .kind-table tbody th { font-weight: 550; }
    .kind-table tr.missing th { color: var(--muted); font-weight: normal; }
    .kind-id { display: block; font: 0.74rem var(--mono); color: var(--faint); margin-left: 1.25em; white-space: nowrap; }
    .where { color: var(--muted); white-space: nowrap; }
    .none { color: var(--faint); }
    .status { display: inline-block; font-size: 0.78rem; font-weight: 600; line-height: 1.5; padding: 0 0.5em; border-radius: 999px; }
    .status.present { background: var(--present-bg); color: var(--present); }
    .status.partial { background: var(--partial-bg); color: var(--partial); }
    .status.missing { background: var(--missing-bg); color: var(--missing); }
    .swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 3px; margin-right: 0.45em; vertical-align: -0.05em; background: var(--hl, transparent); box-shadow: inset 0 0 0 1px rgba(31, 35, 40, 0.22); }
    .swatch.empty { background: transparent; box-shadow: inset 0 0 0 1px var(--rule); }
    .findings { list-style: none; margin: 0; padding: 0; }
    .finding { margin: 0 0 0.9rem; padding-left: 0.8rem; border-left: 3px solid var(--rule); }
    .finding.sev-error { border-left-color: var(--error); }
    .finding.sev-warning { border-left-color: var(--warning); }
    .finding.sev-note { border-left-color: var(--note); }
    .finding p { margin: 0.15rem 0 0; max-width: 42rem; }
    .finding .fix, .note .fix { color: var(--muted); }
    .rule { font: 0.78rem var(--mono); color: var(--faint); }
    .line-ref { font-size: 0.85rem; color: var(--muted); }
    .note-ref { text-decoration: none; }
    .absent { color: var(--muted); font-size: 0.9rem; }
    .sev { display: inline-block; font-size: 0.7rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: #fff; border-radius: 3px; padding: 0.05em 0.4em; vertical-align: 0.08em; }
    .sev.sev-error { background: var(--error); }
    .sev.sev-warning { background: var(--warning); }
    .sev.sev-note { background: var(--note); }
    .risks { margin-bottom: 2rem; }
    .legend { list-style: none; margin: 0 0 0.8rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1.1rem; font-size: 0.85rem; color: var(--muted); }
    .legend li { white-space: nowrap; }
    .text { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: 0.8rem 0; }
    .row { display: grid; grid-template-columns: 3.2rem minmax(0, 44rem) minmax(12rem, 1fr); column-gap: 1.2rem; }
    .row:target { background: #fffbe6; }
    .no { font: 0.72rem/1.65rem var(--mono); color: var(--faint); text-align: right; text-decoration: none; font-variant-numeric: tabular-nums; user-select: none; -webkit-user-select: none; }
    .no:hover { color: var(--ink); }
    .tx { font: 1.03rem/1.65rem var(--serif); white-space: pre-wrap; overflow-wrap: anywhere; hyphens: manual; font-variant-ligatures: common-ligatures; min-height: 1.65rem; }
    mark.ev { color: inherit; background: var(--hl); border-radius: 2px; padding: 0.08em 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
    mark.ev.multi { background-image: linear-gradient(to bottom, var(--hl) 52%, var(--hl2) 52%); }
    .risk { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-color: var(--error); text-decoration-thickness: 1.5px; text-underline-offset: 0.22em; text-decoration-skip-ink: none; cursor: help; }
    .risk.sev-note { text-decoration-style: dotted; text-decoration-thickness: 2px; }
    .risk.sample { cursor: default; }
    .anchor { scroll-margin-top: 3rem; }
    .notes { padding-top: 0.2rem; }
    .note { margin: 0 0 0.5rem; font-size: 0.8rem; line-height: 1.4; color: var(--ink); padding-left: 0.6rem; border-left: 2px solid var(--error); }
    .note.sev-warning { border-left-color: var(--warning); }
    .note.sev-note { border-left-color: var(--note); }
    .note:target { background: #fffbe6; }
    .page-foot { margin-top: 3rem; padding-top: 0.8rem; border-top: 1px solid var(--rule); font-size: 0.8rem; color: var(--muted); }
    @media (max-width: 60rem) {
      main { padding: 1.5rem 1rem 2rem; }
      .overview { grid-template-columns: minmax(0, 1fr); gap: 1.5rem; }
      .row { grid-template-columns: 2.4rem minmax(0, 1fr); column-gap: 0.8rem; }
      .notes { grid-column: 2; padding: 0 0 0.4rem; }
    }
    @page { margin: 16mm 14mm 18mm; }
    @media print {
      body { font-size: 9.5pt; }
      main { max-width: none; padding: 0; }
      a { text-decoration: none; }
      .document + .document { break-before: page; border-top: 0; padding-top: 0; }
      .overview { grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); }
      .row { grid-template-columns: 2.4rem minmax(0, 1fr) 13rem; column-gap: 0.9rem; break-inside: avoid; }
      .row:target, .note:target { background: none; }
      .tx { font-size: 10.5pt; line-height: 16pt; min-height: 16pt; }
      .no { line-height: 16pt; }
      .finding, .kind-table tr { break-inside: avoid; }
    }
    """

    /// What only a letter's page needs: the suggested rewrites.
    static let letterCSS = """
    .finding .suggestion { font-family: var(--serif); color: var(--present); }
    .suggestion .label { font-family: var(--sans); color: var(--muted); }
    .note .suggestion { display: block; margin-top: 0.2rem; color: var(--present); }
    """
}
