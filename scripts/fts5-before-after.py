#!/usr/bin/env python3
"""The benchmark's FTS5 baseline before issue 17 and after, side by side on one database.

  python3 scripts/fts5-before-after.py .bench/fts5-r500-s42.db /tmp/ab500.db .bench/lucene-java-r500-s42/queries.tsv [rounds]

The first file is the database a `run` left (the new schema); it is copied to the second, the old schema's tables are
added beside the new ones, and then each of the mix's queries (the queries.tsv the run wrote for Java Lucene) is asked
the old way (page, then facets: two MATCHes, unit_meta joined three times, text facet values, indexes on unit only;
256 MB cache, no mmap) and the new way (one MATCH, one join, WITHOUT ROWID keys, integer values; whole file mapped),
alternately. The first round is a warm-up.
"""
import sqlite3, time, sys, statistics, os, shutil
src=sys.argv[1]; db=sys.argv[2]
if not os.path.exists(db):
    shutil.copy(src, db)
    c=sqlite3.connect(db)
    c.executescript("""
    CREATE TABLE old_meta(id INTEGER PRIMARY KEY, review TEXT NOT NULL, kind TEXT NOT NULL, year INTEGER);
    INSERT INTO old_meta SELECT m.id, r.name, k.name, m.year FROM unit_meta m JOIN reviews r ON r.id=m.review JOIN kinds k ON k.id=m.kind;
    CREATE TABLE old_themes(unit INTEGER NOT NULL, theme TEXT NOT NULL);
    INSERT INTO old_themes SELECT ut.unit, t.name FROM unit_themes ut JOIN themes t ON t.id=ut.theme;
    CREATE TABLE old_agencies(unit INTEGER NOT NULL, agency TEXT NOT NULL);
    INSERT INTO old_agencies SELECT ua.unit, a.name FROM unit_agencies ua JOIN agencies a ON a.id=ua.agency;
    CREATE INDEX old_themes_unit ON old_themes(unit);
    CREATE INDEX old_agencies_unit ON old_agencies(unit);
    ANALYZE;
    """); c.close()
size=os.path.getsize(db)
old=sqlite3.connect(db); old.execute("PRAGMA cache_size=-262144")
new=sqlite3.connect(db); new.execute(f"PRAGMA mmap_size={2*size}"); new.execute("PRAGMA cache_size=-131072"); new.execute("PRAGMA temp_store=MEMORY")
OLD_TOP="SELECT json, highlight(units, 0, '<mark>', '</mark>') FROM units WHERE units MATCH ?1 ORDER BY rank LIMIT 20"
OLD_FACETS="""WITH hits(id) AS MATERIALIZED (SELECT rowid FROM units WHERE units MATCH ?1)
SELECT * FROM (SELECT 'kind', m.kind, count(*) AS n FROM hits JOIN old_meta m ON m.id = hits.id GROUP BY m.kind ORDER BY n DESC LIMIT 40)
UNION ALL SELECT * FROM (SELECT 'review', m.review, count(*) AS n FROM hits JOIN old_meta m ON m.id = hits.id GROUP BY m.review ORDER BY n DESC LIMIT 40)
UNION ALL SELECT * FROM (SELECT 'year', m.year, count(*) AS n FROM hits JOIN old_meta m ON m.id = hits.id WHERE m.year IS NOT NULL GROUP BY m.year ORDER BY n DESC LIMIT 40)
UNION ALL SELECT * FROM (SELECT 'theme', t.theme, count(*) AS n FROM hits JOIN old_themes t ON t.unit = hits.id GROUP BY t.theme ORDER BY n DESC LIMIT 40)
UNION ALL SELECT * FROM (SELECT 'agency', a.agency, count(*) AS n FROM hits JOIN old_agencies a ON a.unit = hits.id GROUP BY a.agency ORDER BY n DESC LIMIT 40)"""
NEW="""WITH hits(id, score) AS MATERIALIZED (SELECT rowid, rank FROM units WHERE units MATCH ?1),
     meta(review, kind, year) AS MATERIALIZED (SELECT m.review, m.kind, m.year FROM hits JOIN unit_meta m ON m.id = hits.id)
SELECT * FROM (SELECT 'hit', id, score FROM hits ORDER BY score LIMIT 20)
UNION ALL SELECT 'kind', k.name, x.n FROM (SELECT kind, count(*) AS n FROM meta GROUP BY kind ORDER BY n DESC LIMIT 40) x JOIN kinds k ON k.id = x.kind
UNION ALL SELECT 'review', r.name, x.n FROM (SELECT review, count(*) AS n FROM meta GROUP BY review ORDER BY n DESC LIMIT 40) x JOIN reviews r ON r.id = x.review
UNION ALL SELECT * FROM (SELECT 'year', year, count(*) AS n FROM meta WHERE year IS NOT NULL GROUP BY year ORDER BY n DESC LIMIT 40)
UNION ALL SELECT 'theme', t.name, x.n FROM (SELECT ut.theme, count(*) AS n FROM hits JOIN unit_themes ut ON ut.unit = hits.id GROUP BY ut.theme ORDER BY n DESC LIMIT 40) x JOIN themes t ON t.id = x.theme
UNION ALL SELECT 'agency', a.name, x.n FROM (SELECT ua.agency, count(*) AS n FROM hits JOIN unit_agencies ua ON ua.unit = hits.id GROUP BY ua.agency ORDER BY n DESC LIMIT 40) x JOIN agencies a ON a.id = x.agency"""
HL="SELECT json, highlight(units, 0, '<mark>', '</mark>') FROM units WHERE units MATCH ?1 AND rowid = ?2"
queries=[l.split('\t') for l in open(sys.argv[3]).read().splitlines() if l]
def ms(f):
    s=time.perf_counter(); f(); return (time.perf_counter()-s)*1000
def oldsearch(q):
    old.execute(OLD_TOP,(q,)).fetchall(); old.execute(OLD_FACETS,(q,)).fetchall()
hl=[]
def newsearch(q):
    rows=new.execute(NEW,(q,)).fetchall()
    s=time.perf_counter()
    for r in rows:
        if r[0]=='hit': new.execute(HL,(q,r[1])).fetchall()
    hl.append((time.perf_counter()-s)*1000)
def full(cls,expr,theme): return expr if not theme else f"({expr}) AND themes:{theme}"
rounds=int(sys.argv[4]) if len(sys.argv)>4 else 5
byclass={}
for r in range(rounds):
    for cls,label,expr,theme in queries:
        q=full(cls,expr,theme)
        a=ms(lambda: oldsearch(q)); b=ms(lambda: newsearch(q))
        if r>0: byclass.setdefault(cls,([],[]))[0].append(a); byclass[cls][1].append(b)
for cls,(a,b) in byclass.items():
    print(f"{cls:12} old p50 {statistics.median(a):8.1f}  new p50 {statistics.median(b):8.1f}  old/new {statistics.median(a)/statistics.median(b):4.2f}")
print(f"highlight by rowid, 20 hits: median {statistics.median(hl):.2f} ms")
rec_old="SELECT t.theme, m.review, min(m.year), count(*) FROM old_themes t JOIN old_meta m ON m.id = t.unit GROUP BY t.theme, m.review"
rec_new="""SELECT t.name, r.name, x.year, x.n FROM (SELECT ut.theme, m.review, min(m.year) AS year, count(*) AS n FROM unit_themes ut JOIN unit_meta m ON m.id = ut.unit GROUP BY ut.theme, m.review) x JOIN themes t ON t.id = x.theme JOIN reviews r ON r.id = x.review"""
ro=[];rn=[]
for i in range(5):
    ro.append(ms(lambda: old.execute(rec_old).fetchall())); rn.append(ms(lambda: new.execute(rec_new).fetchall()))
print(f"recurrence GROUP BY old {statistics.median(ro):.0f} ms new {statistics.median(rn):.0f} ms")
