using System.Diagnostics;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Model;
using LearningSearch.SearchApi.Search;
using Microsoft.Data.Sqlite;

namespace LearningSearch.Bench.Measuring;

/// <summary>
/// The same units in SQLite FTS5 (porter unicode61), answering the same questions the same way the page needs
/// them answered: the 20 best by bm25 with the stored unit and a highlighted text, and facet counts (theme,
/// review, kind, agency, year) over every match. Written as a capable SQLite user would write it (issue 17): the
/// full-text MATCH runs once per search, its matches materialised with their rank; the units' review, kind and year
/// are joined once; themes and agencies are WITHOUT ROWID tables keyed (unit, value), so the join reads nothing but
/// the key; facet values are small integers, named only for the 40 listed; the database is memory-mapped whole (<c>mmap_size</c> at least its size) with a 128 MB page cache and
/// temporary tables in memory. Before, the MATCH ran twice (page, then facets), <c>unit_meta</c> was joined three
/// times, the theme and agency indexes did not cover the query, and 256 MB of cache held a 1.4 GB database without
/// mmap: 1.2–1.8 times slower than this.
/// </summary>
public sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteCommand? _top;
    private SqliteCommand? _withFacets;
    private SqliteCommand? _highlight;
    private SqliteCommand? _recurrence;

    private Fts5Baseline(SqliteConnection connection) => _connection = connection;

    /// <summary>The bytes SQLite may map (<c>PRAGMA mmap_size</c> as read back: the library's own limit may lower it).</summary>
    public long MmapBytes { get; private set; }

    /// <summary>The page cache, in KB (<c>PRAGMA cache_size</c> as a negative number of KB).</summary>
    public long CacheKb { get; private set; }

    public long Units { get; private set; }

    public TimeSpan LoadTime { get; private set; }

    /// <summary>Loads every unit of an index generation (the very units LearningSearch serves) into a new database file.</summary>
    public static Fts5Baseline Load(string indexGeneration, string databasePath)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            if (File.Exists(databasePath + suffix)) File.Delete(databasePath + suffix);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        var baseline = new Fts5Baseline(connection);
        var clock = Stopwatch.StartNew();
        baseline.Execute("""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE VIRTUAL TABLE units USING fts5(text, themes, json UNINDEXED, tokenize = 'porter unicode61');
            CREATE TABLE reviews(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
            CREATE TABLE kinds(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
            CREATE TABLE themes(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
            CREATE TABLE agencies(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
            CREATE TABLE unit_meta(id INTEGER PRIMARY KEY, review INTEGER NOT NULL, kind INTEGER NOT NULL, year INTEGER);
            CREATE TABLE unit_themes(unit INTEGER NOT NULL, theme INTEGER NOT NULL, PRIMARY KEY (unit, theme)) WITHOUT ROWID;
            CREATE TABLE unit_agencies(unit INTEGER NOT NULL, agency INTEGER NOT NULL, PRIMARY KEY (unit, agency)) WITHOUT ROWID;
            """);
        baseline.Units = baseline.Insert(indexGeneration);
        baseline.Execute("""
            INSERT INTO units(units) VALUES('optimize');
            ANALYZE;
            """);
        baseline.LoadTime = clock.Elapsed;
        baseline.Tune(new FileInfo(databasePath).Length);
        return baseline;
    }

    // The whole file mapped (twice its size, for the temporary b-trees' neighbours; SQLite caps it at its compiled
    // SQLITE_MAX_MMAP_SIZE, read back below), a page cache for what is not, and sorting in memory.
    private void Tune(long databaseBytes)
    {
        var mmap = Math.Max(256L << 20, 2 * databaseBytes);
        Execute($"PRAGMA mmap_size = {mmap}; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;");
        MmapBytes = Scalar("PRAGMA mmap_size");
        CacheKb = -Scalar("PRAGMA cache_size");
        if (MmapBytes < databaseBytes)
            throw new InvalidOperationException($"SQLite mapped {MmapBytes} bytes of a {databaseBytes}-byte database: the baseline would read through its page cache.");
        _top = Command("SELECT json, highlight(units, 0, '<mark>', '</mark>') FROM units WHERE units MATCH $q ORDER BY rank LIMIT 20", "$q");
        // One MATCH: its matches and their rank materialised once; the page's 20 taken from them, and every facet
        // counted over them, review, kind and year through one join.
        _withFacets = Command("""
            WITH hits(id, score) AS MATERIALIZED (SELECT rowid, rank FROM units WHERE units MATCH $q),
                 meta(review, kind, year) AS MATERIALIZED (SELECT m.review, m.kind, m.year FROM hits JOIN unit_meta m ON m.id = hits.id)
            SELECT * FROM (SELECT 'hit', id, score FROM hits ORDER BY score LIMIT 20)
            UNION ALL SELECT 'kind', k.name, x.n FROM (SELECT kind, count(*) AS n FROM meta GROUP BY kind ORDER BY n DESC LIMIT $limit) x JOIN kinds k ON k.id = x.kind
            UNION ALL SELECT 'review', r.name, x.n FROM (SELECT review, count(*) AS n FROM meta GROUP BY review ORDER BY n DESC LIMIT $limit) x JOIN reviews r ON r.id = x.review
            UNION ALL SELECT * FROM (SELECT 'year', year, count(*) AS n FROM meta WHERE year IS NOT NULL GROUP BY year ORDER BY n DESC LIMIT $limit)
            UNION ALL SELECT 'theme', t.name, x.n FROM (SELECT ut.theme, count(*) AS n FROM hits JOIN unit_themes ut ON ut.unit = hits.id GROUP BY ut.theme ORDER BY n DESC LIMIT $limit) x JOIN themes t ON t.id = x.theme
            UNION ALL SELECT 'agency', a.name, x.n FROM (SELECT ua.agency, count(*) AS n FROM hits JOIN unit_agencies ua ON ua.unit = hits.id GROUP BY ua.agency ORDER BY n DESC LIMIT $limit) x JOIN agencies a ON a.id = x.agency
            """, "$q", "$limit");
        // FTS5's highlight() needs the match's context, so the page's 20 are highlighted by rowid: FTS5 takes the
        // rowid as a range on each term's doclist and reads one row, not the matches again.
        _highlight = Command("SELECT json, highlight(units, 0, '<mark>', '</mark>') FROM units WHERE units MATCH $q AND rowid = $id", "$q", "$id");
        _recurrence = Command("""
            SELECT t.name, r.name, x.year, x.n
            FROM (SELECT ut.theme, m.review, min(m.year) AS year, count(*) AS n FROM unit_themes ut JOIN unit_meta m ON m.id = ut.unit GROUP BY ut.theme, m.review) x
            JOIN themes t ON t.id = x.theme JOIN reviews r ON r.id = x.review
            """);
    }

    public long SizeBytes(string databasePath) => new FileInfo(databasePath).Length;

    private long Insert(string indexGeneration)
    {
        using var transaction = _connection.BeginTransaction();
        using var unit = Command("INSERT INTO units(rowid, text, themes, json) VALUES ($id, $text, $themes, $json)", "$id", "$text", "$themes", "$json");
        using var meta = Command("INSERT INTO unit_meta(id, review, kind, year) VALUES ($id, $review, $kind, $year)", "$id", "$review", "$kind", "$year");
        using var theme = Command("INSERT OR IGNORE INTO unit_themes(unit, theme) VALUES ($id, $theme)", "$id", "$theme");
        using var agency = Command("INSERT OR IGNORE INTO unit_agencies(unit, agency) VALUES ($id, $agency)", "$id", "$agency");

        var names = new[] { "reviews", "kinds", "themes", "agencies" }.ToDictionary(t => t, t => new Dictionary<string, long>(StringComparer.Ordinal));
        var name = names.Keys.ToDictionary(t => t, t => Command($"INSERT INTO {t}(id, name) VALUES ($id, $name)", "$id", "$name"));
        // Facet values as small integers, their names looked up only for the 40 listed: GROUP BY over integers is about twice as fast as over text.
        long Code(string table, string value)
        {
            if (names[table].TryGetValue(value, out var code)) return code;
            names[table][value] = code = names[table].Count + 1;
            Run(name[table], code, value);
            return code;
        }

        long count = 0;
        foreach (var u in IndexedUnits.Read(indexGeneration))
        {
            Run(unit, u.Id, u.Text, "unit " + string.Join(" ", u.Themes.Select(Fts5Query.ThemeToken)), u.Json);
            Run(meta, u.Id, Code("reviews", u.Review), Code("kinds", u.Kind), u.Year is { } y ? y : DBNull.Value);
            foreach (var t in u.Themes) Run(theme, u.Id, Code("themes", t));
            foreach (var a in u.Agencies) Run(agency, u.Id, Code("agencies", a));
            count = u.Id;
        }
        transaction.Commit();
        foreach (var command in name.Values) command.Dispose();
        return count;
    }

    /// <summary>The best 20 alone (stored unit and highlighted text read), as a page without facets asks: one statement.</summary>
    public int Top(string match)
    {
        _top!.Parameters[0].Value = match;
        var hits = 0;
        using var rows = _top.ExecuteReader();
        while (rows.Read())
        {
            _ = rows.GetString(0);
            _ = rows.GetString(1);
            hits++;
        }
        return hits;
    }

    /// <summary>Total matches, the best 20 (stored unit and highlighted text read), and the facet counts, from one MATCH.</summary>
    public Fts5Answer Search(string match)
    {
        _withFacets!.Parameters[0].Value = match;
        // The same lists as LearningSearch answers: each facet's values with the largest counts, up to its default limit.
        _withFacets.Parameters[1].Value = SearchQueryBuilder.DefaultFacetLimit;
        var page = new List<long>(20);
        var total = 0;
        var values = 0;
        using (var rows = _withFacets.ExecuteReader())
        {
            while (rows.Read())
            {
                var facet = rows.GetString(0);
                if (facet == "hit") page.Add(rows.GetInt64(1));
                else
                {
                    if (facet == "kind") total += rows.GetInt32(2);
                    values++;
                }
            }
        }
        _highlight!.Parameters[0].Value = match;
        foreach (var id in page)
        {
            _highlight.Parameters[1].Value = id;
            using var rows = _highlight.ExecuteReader();
            if (!rows.Read()) throw new InvalidOperationException($"FTS5 found unit {id} for '{match}' but could not highlight it.");
            _ = rows.GetString(0);
            _ = rows.GetString(1);
        }
        return new Fts5Answer(total, page.Count, values);
    }

    /// <summary>The recurrence matrix: units per theme and review, with the reviews' years, computed from scratch.</summary>
    public int RecurrenceMatrix()
    {
        var cells = 0;
        using var rows = _recurrence!.ExecuteReader();
        while (rows.Read()) cells++;
        return cells;
    }

    private long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private SqliteCommand Command(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in new[] { _top, _withFacets, _highlight, _recurrence }) command?.Dispose();
        _connection.Dispose();
    }
}

/// <summary>What an FTS5 search gave: every match counted, the page read, and how many facet values came back.</summary>
public sealed record Fts5Answer(int Total, int Hits, int FacetValues);
