-- The compare numbers of docs/METRICS.md in SQL: the one copy that DuckDbCrossCheckTest (over the
-- engine's normalized postings) and the benchmark's DuckDbCompare (over its own SQL normalization
-- of a generated CSV) both run. Tables: postings(id, role, company, country, work_mode, seniority,
-- salary: annual US base USD or NULL) and skills(id, skill). Each statement follows a line
-- "-- name: NAME"; parameters are JDBC's ?, {values} and {column} are filled in by the caller.

-- name: postings
-- role
SELECT count(*) FROM postings WHERE role = ?;

-- name: salaried
-- role
SELECT count(salary) FROM postings WHERE role = ?;

-- name: salaries
-- role: the values a salary median is taken over
SELECT salary AS v FROM postings WHERE role = ? AND salary IS NOT NULL;

-- name: median
-- the median of the v of {values}: the middle value, or the mean of the two middle values
WITH v AS ({values}),
     o AS (SELECT v, row_number() OVER (ORDER BY v) AS i, count(*) OVER () AS n FROM v)
SELECT CASE WHEN max(n) % 2 = 1 THEN max(v) FILTER (WHERE i = (n + 1) / 2)
            ELSE (max(v) FILTER (WHERE i = n / 2) + max(v) FILTER (WHERE i = n / 2 + 1)) / 2 END AS median
FROM o;

-- name: top_skills
-- postings of the role, role
SELECT k.skill AS key, count(*) AS count, count(*)::DOUBLE / ? AS share
FROM skills k JOIN postings p USING (id) WHERE p.role = ?
GROUP BY k.skill ORDER BY count DESC, lower(k.skill), k.skill LIMIT 30;

-- name: skill_salaries
-- role, the role's median salary three times: skills with n >= 25, by median desc, n desc, name
WITH s AS (SELECT k.skill, p.salary FROM skills k JOIN postings p USING (id)
           WHERE p.role = ? AND p.salary IS NOT NULL),
     r AS (SELECT skill, salary, row_number() OVER (PARTITION BY skill ORDER BY salary) AS i,
                  count(*) OVER (PARTITION BY skill) AS n FROM s),
     m AS (SELECT skill, n, CASE WHEN n % 2 = 1 THEN max(salary) FILTER (WHERE i = (n + 1) / 2)
                  ELSE (max(salary) FILTER (WHERE i = n / 2) + max(salary) FILTER (WHERE i = n / 2 + 1)) / 2 END AS median
           FROM r GROUP BY skill, n)
SELECT skill, n, median, median - ? AS premium, (median - ?) / ? AS premium_pct FROM m WHERE n >= 25
ORDER BY median DESC, n DESC, lower(skill), skill;

-- name: bucket
-- role, key: postings of the role in one bucket of {column} (seniority, work_mode), NULL as 'unknown'
SELECT count(*) FROM postings WHERE role = ? AND coalesce({column}, 'unknown') = ?;

-- name: countries
-- postings of the role, role
SELECT country AS key, count(*) AS count, count(*)::DOUBLE / ? AS share FROM postings
WHERE role = ? AND country IS NOT NULL
GROUP BY country ORDER BY count DESC, country LIMIT 10;

-- name: unknown_country
-- role
SELECT count(*) FROM postings WHERE role = ? AND country IS NULL;

-- name: employers
-- role, postings of the role: companies grouped by folded name, shown as their most frequent spelling
WITH e AS (SELECT lower(regexp_replace(trim(company), '\s+', ' ', 'g')) AS k, company, count(*) AS c
           FROM postings WHERE role = ? AND company IS NOT NULL GROUP BY k, company),
     d AS (SELECT k, first(company ORDER BY c DESC, company) AS display, sum(c)::BIGINT AS total FROM e GROUP BY k)
SELECT display AS key, total AS count, total::DOUBLE / ? AS share FROM d ORDER BY total DESC, k LIMIT 10;

-- name: top_sets
-- role a, role b: the start of a query over each role's top 30 skills (c: counts, t: ranks, top)
WITH c AS (SELECT p.role, k.skill, count(*) AS c FROM skills k JOIN postings p USING (id)
           WHERE p.role IN (?, ?) GROUP BY p.role, k.skill),
     t AS (SELECT *, row_number() OVER (PARTITION BY role ORDER BY c DESC, lower(skill), skill) AS r FROM c),
     top AS (SELECT role, skill FROM t WHERE r <= 30)

-- name: intersection
-- after top_sets: role a, role b
SELECT count(*) FROM (SELECT skill FROM top WHERE role = ? INTERSECT SELECT skill FROM top WHERE role = ?);

-- name: union
-- after top_sets: role a, role b
SELECT count(*) FROM (SELECT skill FROM top WHERE role = ? UNION SELECT skill FROM top WHERE role = ?);
