/** The page at / until the web app is built: what runs here and where to go next. */
export function placeholderPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Alliances</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; line-height: 1.5">
<main>
<h1>Alliances</h1>
<p>The Erasmus+ Alliances for Innovation platform is running. The web app has not been built in this copy.</p>
<ul>
<li><a href="/api/docs">API documentation</a> (<a href="/api/openapi.json">OpenAPI document</a>)</li>
<li><a href="/api/v1/calls">Calls</a></li>
<li><a href="/healthz">Health</a></li>
</ul>
</main>
</body>
</html>`;
}
