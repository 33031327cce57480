<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS feed of Casetrail as a page when it is opened in a browser: what the feed is, how to
  subscribe, and its items. Feed readers ignore it and read the XML as it is.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="rss/channel/title"/> (RSS feed)</title>
        <style>
          :root { color-scheme: light dark; --bg: #fdfdfc; --surface: #f2f1ee; --text: #1b1b1f; --muted: #55555e; --border: #d4d2cc; --link: #0b57b0; }
          @media (prefers-color-scheme: dark) { :root { --bg: #141417; --surface: #1f1f24; --text: #ececef; --muted: #a8a8b3; --border: #3a3a42; --link: #8ab4f8; } }
          body { margin: 0; background: var(--bg); color: var(--text); font: 1rem/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; }
          main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          a { color: var(--link); }
          .about { background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: 0.75rem 1rem; }
          code { overflow-wrap: anywhere; font-size: 0.95em; }
          .muted { color: var(--muted); }
          ol { list-style: none; padding: 0; }
          li { border-bottom: 1px solid var(--border); padding: 0.75rem 0; }
          h2 { font-size: 1.1rem; margin: 0 0 0.25rem; }
          li p { margin: 0.25rem 0; }
        </style>
      </head>
      <body>
        <main>
          <p class="muted">RSS feed</p>
          <h1><xsl:value-of select="rss/channel/title"/></h1>
          <p><xsl:value-of select="rss/channel/description"/></p>
          <section class="about" aria-labelledby="subscribe-heading">
            <h2 id="subscribe-heading">How to subscribe</h2>
            <p>
              This is a news feed: it lists new and changed entries, newest first. To follow it,
              copy its address into a feed reader (such as NetNewsWire, Feedly, Inoreader or
              Thunderbird):
            </p>
            <p><code><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href"/></code></p>
            <p>
              Or read the same entries on the site:
              <a href="{rss/channel/link}"><xsl:value-of select="rss/channel/link"/></a>
            </p>
          </section>
          <h2 class="muted">
            <xsl:value-of select="count(rss/channel/item)"/> entries
          </h2>
          <ol>
            <xsl:for-each select="rss/channel/item">
              <li>
                <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
                <p class="muted">Changed <xsl:value-of select="substring(pubDate, 6, 11)"/></p>
                <p><xsl:value-of select="description" disable-output-escaping="yes"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
