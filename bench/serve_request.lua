-- wrk script: every request renders one attestation for a different candidate given in the
-- body (names and codes vary, as in real use: nothing can be served from a cache of bodies).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local given = {"Éloïse", "Jean-Philippe", "Amina", "Maxime", "Noémie", "Thierry", "Léa",
               "Olivier", "Chloé", "Mathis", "Rosalie", "Zacharie", "Océane", "Loïc"}
local family = {"Côté-Bérubé", "Gagnon", "Diallo", "Tremblay", "Bélanger", "Nguyen", "Lévesque",
                "Ouellet", "Saint-Pierre", "Bouchard", "Fortin", "Morin", "Pelletier"}
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format(
    '{"document": "attestation", "programme": "5195", "candidat": {"prenom": "%s", "nom": "%s", "code_permanent": "TEST%08d", "numero": "2026-%06d", "date_attestation": "2026-11-22"}}',
    given[counter % #given + 1], family[math.floor(counter / #given) % #family + 1], counter % 100000000,
    counter % 1000000)
  return wrk.format(nil, nil, nil, body)
end

-- Percentiles and errors on lines the bench script reads.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                 + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests %d seconds %.1f rps %.0f p50_ms %.2f p99_ms %.2f max_ms %.2f errors %d non2xx %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status))
end
