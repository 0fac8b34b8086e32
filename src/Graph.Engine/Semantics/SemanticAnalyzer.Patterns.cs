using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;

namespace Graph.Engine.Semantics;

public sealed partial class SemanticAnalyzer
{
    /// <summary>MATCH binding: nodes may rebind nodes, relationships may not repeat in one pattern.</summary>
    private void BindMatchPart(PatternPart part, Scope scope, HashSet<string> boundHere)
    {
        if (part.PathVariable is { } path)
        {
            if (scope.Contains(path.Name) || PatternMentions(part.Element, path.Name))
            {
                Error(ErrorDetails.VariableAlreadyBound, $"Variable `{path.Name}` already declared", path.Span);
            }
        }
        foreach (var node in part.Element.Nodes)
        {
            if (node.Variable is { } variable)
            {
                BindEntity(variable, SemanticType.Node, scope);
                boundHere.Add(variable.Name);
            }
        }
        foreach (var relationship in part.Element.Relationships)
        {
            if (relationship.Variable is not { } variable)
            {
                continue;
            }
            var type = relationship.Length is null ? SemanticType.Relationship : SemanticType.List;
            if (boundHere.Contains(variable.Name) && scope.TryGet(variable.Name, out var existing) &&
                existing is SemanticType.Relationship or SemanticType.List)
            {
                Error(ErrorDetails.RelationshipUniquenessViolation,
                    $"Cannot use the same relationship variable '{variable.Name}' for multiple relationships", variable.Span);
                continue;
            }
            BindEntity(variable, type, scope);
            boundHere.Add(variable.Name);
        }
        if (part.PathVariable is { } pathVariable)
        {
            scope.Bind(pathVariable.Name, SemanticType.Path);
            boundHere.Add(pathVariable.Name);
        }
    }

    private static bool PatternMentions(PatternElement element, string name) =>
        element.Nodes.Any(n => n.Variable?.Name == name) || element.Relationships.Any(r => r.Variable?.Name == name);

    /// <summary>Binds a pattern variable, or checks a reuse has a compatible type (VariableTypeConflict).</summary>
    private void BindEntity(Variable variable, SemanticType type, Scope scope)
    {
        if (!scope.TryGet(variable.Name, out var existing))
        {
            scope.Bind(variable.Name, type);
            return;
        }
        var compatible = existing == type || existing is SemanticType.Any or SemanticType.Null ||
            (type == SemanticType.List && existing == SemanticType.List);
        if (!compatible)
        {
            Error(ErrorDetails.VariableTypeConflict,
                $"Type mismatch: {variable.Name} defined with conflicting type {existing} (expected {type})", variable.Span);
        }
    }

    private Scope AnalyzeCreate(Pattern pattern, Scope scope)
    {
        var next = new Scope(scope);
        foreach (var part in pattern.Parts)
        {
            BindCreatePart(part, next, isMerge: false);
        }
        CheckPatternProperties(pattern, next, allowParameters: true);
        return next;
    }

    private Scope AnalyzeMerge(MergeClause merge, Scope scope)
    {
        var next = new Scope(scope);
        BindCreatePart(merge.Pattern, next, isMerge: true);
        CheckPatternProperties(new Pattern(merge.Pattern.Span, [merge.Pattern]), next, allowParameters: false);
        foreach (var action in merge.Actions)
        {
            AnalyzeSetItems(action.Items, next);
        }
        return next;
    }

    /// <summary>CREATE/MERGE binding: new entities only; a bound node may only be referred to bare in a chain.</summary>
    private void BindCreatePart(PatternPart part, Scope scope, bool isMerge)
    {
        if (part.PathVariable is { } path && (scope.Contains(path.Name) || PatternMentions(part.Element, path.Name)))
        {
            Error(ErrorDetails.VariableAlreadyBound, $"Variable `{path.Name}` already declared", path.Span);
        }
        var lone = part.Element.Relationships.Count == 0;
        foreach (var node in part.Element.Nodes)
        {
            if (node.Variable is not { } variable)
            {
                continue;
            }
            if (scope.TryGet(variable.Name, out var existing))
            {
                if (existing is not (SemanticType.Node or SemanticType.Any or SemanticType.Null))
                {
                    Error(ErrorDetails.VariableTypeConflict,
                        $"Type mismatch: {variable.Name} defined with conflicting type {existing} (expected Node)", variable.Span);
                }
                else if (lone || node.Labels.Count > 0 || node.Properties is not null)
                {
                    Error(ErrorDetails.VariableAlreadyBound,
                        $"Can't create node `{variable.Name}` with labels or properties here. The variable is already declared in this context",
                        variable.Span);
                }
                continue;
            }
            scope.Bind(variable.Name, SemanticType.Node);
        }
        foreach (var relationship in part.Element.Relationships)
        {
            CheckCreatedRelationship(relationship, scope, isMerge);
        }
        if (part.PathVariable is { } pathVariable)
        {
            scope.Bind(pathVariable.Name, SemanticType.Path);
        }
    }

    private void CheckCreatedRelationship(RelationshipPattern relationship, Scope scope, bool isMerge)
    {
        var verb = isMerge ? "MERGE" : "CREATE";
        if (relationship.Variable is { } variable)
        {
            if (scope.Contains(variable.Name))
            {
                Error(ErrorDetails.VariableAlreadyBound, $"Can't create relationship `{variable.Name}`: variable already declared", variable.Span);
            }
            scope.Bind(variable.Name, SemanticType.Relationship);
        }
        if (relationship.Types.Count != 1)
        {
            Error(ErrorDetails.NoSingleRelationshipType,
                $"Exactly one relationship type must be specified for {verb}. Did you forget to prefix your relationship type with a ':'?",
                relationship.Span);
        }
        else if (relationship.Direction == RelationshipDirection.Both && !isMerge)
        {
            Error(ErrorDetails.RequiresDirectedRelationship, $"Only directed relationships are supported in {verb}", relationship.Span);
        }
        else if (relationship.Length is not null)
        {
            Error(ErrorDetails.CreatingVarLength, $"Variable length relationships cannot be used in {verb}", relationship.Span);
        }
    }

    /// <summary>Property maps and inline WHERE of a pattern; a parameter as a whole map only where allowed.</summary>
    private void CheckPatternProperties(Pattern pattern, Scope scope, bool allowParameters)
    {
        foreach (var part in pattern.Parts)
        {
            CheckElementProperties(part.Element, scope, allowParameters);
        }
    }

    private void CheckElementProperties(PatternElement element, Scope scope, bool allowParameters)
    {
        var properties = element.Nodes.Select(n => (n.Properties, n.Where))
            .Concat(element.Relationships.Select(r => (r.Properties, r.Where)));
        foreach (var (map, where) in properties)
        {
            if (map is Parameter parameter && !allowParameters)
            {
                Error(ErrorDetails.InvalidParameterUse,
                    "Parameter maps cannot be used in MATCH patterns (use a literal map instead, e.g. {id: $param.id})",
                    parameter.Span);
            }
            else if (map is not null)
            {
                Check(map, new ExpressionContext(scope));
            }
            CheckPredicate(where, scope);
        }
    }

    /// <summary>Binds the new variables of a pattern used inside an expression (comprehension, EXISTS short form).</summary>
    private Scope BindExpressionPattern(PatternElement element, Scope scope)
    {
        var inner = new Scope(scope);
        foreach (var node in element.Nodes)
        {
            if (node.Variable is { } variable)
            {
                BindEntity(variable, SemanticType.Node, inner);
            }
        }
        foreach (var relationship in element.Relationships)
        {
            if (relationship.Variable is { } variable)
            {
                BindEntity(variable, relationship.Length is null ? SemanticType.Relationship : SemanticType.List, inner);
            }
        }
        CheckElementProperties(element, inner, allowParameters: false);
        return inner;
    }
}
