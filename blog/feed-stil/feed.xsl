<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows the news feeds (/meldungen/rss.xml and /meldungen/atom.xml) as a
  readable German page when someone opens them in a browser. One stylesheet
  for both formats; feedOptions.xslt in docusaurus.config.ts points here, and
  the blog plugin copies it with feed.css beside the feeds. No inline styles
  or scripts: the site's Content Security Policy applies to the feeds too.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat" />

  <xsl:variable name="isAtom" select="boolean(/atom:feed)" />
  <xsl:variable name="format">
    <xsl:choose>
      <xsl:when test="$isAtom">Atom</xsl:when>
      <xsl:otherwise>RSS</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title" />
  <xsl:variable name="siteLink" select="/rss/channel/link | /atom:feed/atom:link[not(@rel) or @rel = 'alternate']/@href" />

  <xsl:template match="/">
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title><xsl:value-of select="$title" /> (<xsl:value-of select="$format" />-Feed)</title>
        <link rel="stylesheet" href="feed.css" />
        <!-- The site's icon, relative like the stylesheet (so it holds under a base path); without it the browser asks for
             /favicon.ico, which does not exist. -->
        <link rel="icon" type="image/svg+xml" href="../img/favicon.svg" />
      </head>
      <body>
        <main>
          <p class="hinweis">
            <strong>Dies ist ein Feed im Format <xsl:value-of select="$format" />.</strong>
            Wer ihn abonniert, erfährt von neuen Meldungen, ohne die Website zu besuchen: Kopieren Sie die Adresse
            aus der Adresszeile des Browsers in Ihren Feedreader (zum Beispiel in Thunderbird, Outlook oder eine
            Feedreader-App).
          </p>
          <h1><xsl:value-of select="$title" /></h1>
          <p><xsl:value-of select="/rss/channel/description | /atom:feed/atom:subtitle" /></p>
          <p>
            <a href="{$siteLink}">Zu den Meldungen auf der Website</a>
          </p>
          <h2>Neueste Meldungen</h2>
          <xsl:choose>
            <xsl:when test="/rss/channel/item | /atom:feed/atom:entry">
              <ul class="meldungen">
                <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry" />
              </ul>
            </xsl:when>
            <xsl:otherwise>
              <p>Noch keine Meldungen.</p>
            </xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <h3><a href="{link}"><xsl:value-of select="title" /></a></h3>
      <p class="datum">
        <!-- RFC 822: »Wed, 13 Nov 2019 00:00:00 GMT« → 13.11.2019 -->
        <xsl:value-of select="substring(pubDate, 6, 2)" />.<xsl:call-template name="month">
          <xsl:with-param name="name" select="substring(pubDate, 9, 3)" />
        </xsl:call-template>.<xsl:value-of select="substring(pubDate, 13, 4)" />
      </p>
      <p><xsl:value-of select="description" /></p>
    </li>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <h3><a href="{atom:link/@href}"><xsl:value-of select="atom:title" /></a></h3>
      <p class="datum">
        <!-- ISO 8601: 2019-11-13T00:00:00.000Z → 13.11.2019 -->
        <xsl:value-of select="concat(substring(atom:updated, 9, 2), '.', substring(atom:updated, 6, 2), '.', substring(atom:updated, 1, 4))" />
      </p>
      <p><xsl:value-of select="atom:summary" /></p>
    </li>
  </xsl:template>

  <xsl:template name="month">
    <xsl:param name="name" />
    <xsl:variable name="position" select="string-length(substring-before('JanFebMarAprMayJunJulAugSepOctNovDec', $name))" />
    <xsl:value-of select="format-number($position div 3 + 1, '00')" />
  </xsl:template>
</xsl:stylesheet>
