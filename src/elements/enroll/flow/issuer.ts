/**
 * The service the "Open in app" link and the recovery codes' file name, when the page sets no
 * `issuer`: the site's own name (`<meta name="application-name">`, else `<meta property="og:site_name">`),
 * else the host name without `www.` — a product's name rather than `127.0.0.1` or `www.example.com`.
 * One rule for the setup and for the codes viewed later, so both name the same service.
 */
export function issuerOf(issuer: string, page: Document = document): string {
  return issuer || siteName(page) || page.location?.hostname.replace(/^www\./i, '') || '';
}

function siteName(page: Document): string {
  for (const selector of ['meta[name="application-name"]', 'meta[property="og:site_name"]']) {
    const name = page.querySelector<HTMLMetaElement>(selector)?.content.trim();
    if (name) return name;
  }
  return '';
}
