-- The results list: the first page (the newest published results), the page most visitors see.
request = function()
  return wrk.format("GET", "/public/results")
end
