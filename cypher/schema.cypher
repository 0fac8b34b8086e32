// Schema of the Shanhai seed graph (Neo4j 5 syntax). The loader runs these statements before the import,
// one auto-commit statement each; IF NOT EXISTS makes a second load a no-op.

// Every node carries the label Entity and a stable, unique key: the loader MERGEs on it and relationship
// rows find their endpoints through it.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;

// Look-ups by name in Chinese, English and pinyin (search box, saved queries).
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_name_en IF NOT EXISTS FOR (n:Entity) ON (n.name_en);
CREATE INDEX entity_pinyin IF NOT EXISTS FOR (n:Entity) ON (n.pinyin);

// Filters the saved queries use.
CREATE INDEX school_level IF NOT EXISTS FOR (n:School) ON (n.level);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX statistic_metric IF NOT EXISTS FOR (n:Statistic) ON (n.metric);
