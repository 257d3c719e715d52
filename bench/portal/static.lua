-- Baseline of the same run: a small static file through the same server, filters and security chain.
request = function()
  return wrk.format("GET", "/css/app.css")
end
