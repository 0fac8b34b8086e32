namespace Graph.Cypher.Diagnostics;

/// <summary>
/// The openCypher TCK's compile-time error names (the "detail" the TCK checks), as constants so producers
/// and tests spell them alike.
/// </summary>
public static class ErrorDetails
{
    public const string UnexpectedSyntax = "UnexpectedSyntax";
    public const string InvalidNumberLiteral = "InvalidNumberLiteral";
    public const string InvalidUnicodeLiteral = "InvalidUnicodeLiteral";
    public const string InvalidUnicodeCharacter = "InvalidUnicodeCharacter";
    public const string IntegerOverflow = "IntegerOverflow";
    public const string FloatingPointOverflow = "FloatingPointOverflow";
    public const string NestingTooDeep = "NestingTooDeep";
    public const string UndefinedVariable = "UndefinedVariable";
    public const string VariableAlreadyBound = "VariableAlreadyBound";
    public const string VariableTypeConflict = "VariableTypeConflict";
    public const string NoVariablesInScope = "NoVariablesInScope";
    public const string InvalidAggregation = "InvalidAggregation";
    public const string NestedAggregation = "NestedAggregation";
    public const string NonConstantExpression = "NonConstantExpression";
    public const string NegativeIntegerArgument = "NegativeIntegerArgument";
    public const string InvalidArgumentType = "InvalidArgumentType";
    public const string RequiresDirectedRelationship = "RequiresDirectedRelationship";
    public const string CreatingVarLength = "CreatingVarLength";
    public const string InvalidParameterUse = "InvalidParameterUse";
    public const string InvalidDelete = "InvalidDelete";
    public const string ColumnNameConflict = "ColumnNameConflict";
    public const string InvalidClauseComposition = "InvalidClauseComposition";
    public const string DifferentColumnsInUnion = "DifferentColumnsInUnion";
    public const string InvalidRelationshipPattern = "InvalidRelationshipPattern";
    public const string UnknownFunction = "UnknownFunction";
    public const string AmbiguousAggregationExpression = "AmbiguousAggregationExpression";
    public const string NoExpressionAlias = "NoExpressionAlias";
    public const string NoSingleRelationshipType = "NoSingleRelationshipType";
    public const string InvalidNumberOfArguments = "InvalidNumberOfArguments";
    public const string RelationshipUniquenessViolation = "RelationshipUniquenessViolation";
    public const string InvalidArgumentPassingMode = "InvalidArgumentPassingMode";
}
