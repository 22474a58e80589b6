-- wrk script of bench/run.sh: POSTs the GraphQL request in the file named by BENCH_BODY, counts answers that are
-- not 2xx or that carry GraphQL "errors", and prints one line "BENCH_JSON {...}" with the totals and the latency
-- percentiles (microseconds) when the run is done.
local file = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
-- bench/compression.sh asks for compressed answers (BENCH_ACCEPT_ENCODING=gzip); bench/run.sh does not.
local encoding = os.getenv("BENCH_ACCEPT_ENCODING")
if encoding and encoding ~= "" then
  wrk.headers["Accept-Encoding"] = encoding
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  error_bodies = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  elseif string.find(body, '"errors"', 1, true) then
    error_bodies = error_bodies + 1
  end
end

function done(summary, latency, requests)
  local bad_status, bad_bodies = 0, 0
  for _, thread in ipairs(threads) do
    bad_status = bad_status + thread:get("non2xx")
    bad_bodies = bad_bodies + thread:get("error_bodies")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"non2xx":%d,"error_bodies":%d,"socket_errors":%d,'
      .. '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, bad_status, bad_bodies,
    e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
