-- Search by code: a full unified social credit code of one of the 500,000 generated entities.
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format("/public/results?q=91659%013d", math.random(1, 500000)))
end
