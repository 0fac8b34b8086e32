using Graph.Cypher.Ast;
using Graph.Cypher.Diagnostics;

namespace Graph.Engine.Semantics;

public sealed partial class SemanticAnalyzer
{
    private SemanticType CheckBinary(BinaryExpression binary, ExpressionContext context)
    {
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor)
        {
            // Predicate position passes through the boolean connectives.
            CheckBooleanOperand(binary.Left, Check(binary.Left, context));
            CheckBooleanOperand(binary.Right, Check(binary.Right, context));
            return SemanticType.Boolean;
        }
        var inner = context with { Predicate = false };
        var left = Check(binary.Left, inner);
        var right = Check(binary.Right, inner);
        switch (binary.Operator)
        {
            case BinaryOperator.In:
                if (right is not (SemanticType.Any or SemanticType.Null or SemanticType.List))
                {
                    Error(ErrorDetails.InvalidArgumentType, $"Type mismatch: expected List<T> but was {right}", binary.Right.Span);
                }
                return SemanticType.Boolean;
            case BinaryOperator.Add:
                return CheckAddition(binary, left, right);
            case BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power:
                CheckNumericOperand(binary.Left, left);
                CheckNumericOperand(binary.Right, right);
                return NumericResult(binary.Operator, left, right);
            default:
                return SemanticType.Boolean;
        }
    }

    private void CheckBooleanOperand(Expression operand, SemanticType type)
    {
        if (!IsBooleanCompatible(type))
        {
            Error(ErrorDetails.InvalidArgumentType, $"Type mismatch: expected Boolean but was {type}", operand.Span);
        }
    }

    private void CheckNumericOperand(Expression operand, SemanticType type)
    {
        if (type is SemanticType.Boolean or SemanticType.String or SemanticType.Map or SemanticType.List or
            SemanticType.Node or SemanticType.Relationship or SemanticType.Path)
        {
            Error(ErrorDetails.InvalidArgumentType,
                $"Type mismatch: expected Float, Integer or Duration but was {type}", operand.Span);
        }
    }

    private SemanticType CheckAddition(BinaryExpression binary, SemanticType left, SemanticType right)
    {
        if (left == SemanticType.List || right == SemanticType.List)
        {
            return SemanticType.List;
        }
        foreach (var (operand, type) in new[] { (binary.Left, left), (binary.Right, right) })
        {
            if (type is SemanticType.Boolean or SemanticType.Map or SemanticType.Node or SemanticType.Relationship or SemanticType.Path)
            {
                Error(ErrorDetails.InvalidArgumentType,
                    $"Type mismatch: expected Float, Integer, String, Duration or List<T> but was {type}", operand.Span);
            }
        }
        if (left == SemanticType.String || right == SemanticType.String)
        {
            return left is SemanticType.Any || right is SemanticType.Any ? SemanticType.Any : SemanticType.String;
        }
        return NumericResult(BinaryOperator.Add, left, right);
    }

    private static SemanticType NumericResult(BinaryOperator op, SemanticType left, SemanticType right)
    {
        if (left == SemanticType.Null || right == SemanticType.Null)
        {
            return SemanticType.Null;
        }
        if (op == BinaryOperator.Power && left is SemanticType.Integer or SemanticType.Float && right is SemanticType.Integer or SemanticType.Float)
        {
            return SemanticType.Float;
        }
        return (left, right) switch
        {
            (SemanticType.Integer, SemanticType.Integer) => SemanticType.Integer,
            (SemanticType.Float or SemanticType.Integer, SemanticType.Float or SemanticType.Integer) => SemanticType.Float,
            _ => SemanticType.Any,
        };
    }

    private SemanticType CheckUnary(UnaryExpression unary, ExpressionContext context)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            CheckBooleanOperand(unary.Operand, Check(unary.Operand, context));
            return SemanticType.Boolean;
        }
        var type = Check(unary.Operand, context with { Predicate = false });
        CheckNumericOperand(unary.Operand, type);
        return type is SemanticType.Integer or SemanticType.Float ? type : SemanticType.Any;
    }
}
