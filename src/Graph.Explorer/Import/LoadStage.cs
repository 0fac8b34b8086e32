namespace Graph.Explorer.Import;

public enum LoadStage
{
    Reading = 0,
    Schema = 1,
    Nodes = 2,
    Relationships = 3,
    Done = 4,
}
