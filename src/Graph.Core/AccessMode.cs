namespace Graph.Core;

public enum AccessMode
{
    Write = 0,
    Read = 1,
}
