-- wrk script: every request renders one attestation for a candidate given in the body.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"document": "attestation", "programme": "5195",
  "candidat": {"prenom": "Éloïse", "nom": "Côté-Bérubé", "code_permanent": "COTE12345678"}}]]

-- Percentiles and errors on lines the bench script reads.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                 + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests %d seconds %.1f rps %.0f p50_ms %.2f p99_ms %.2f max_ms %.2f errors %d non2xx %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status))
end
