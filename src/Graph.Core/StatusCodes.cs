namespace Graph.Core;

/// <summary>
/// Neo4j status codes (https://neo4j.com/docs/status-codes/current/). Append-only: never rename or reuse
/// a constant, clients match on the strings.
/// </summary>
public static class StatusCodes
{
    // ClientError
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string SemanticError = "Neo.ClientError.Statement.SemanticError";
    public const string ParameterMissing = "Neo.ClientError.Statement.ParameterMissing";
    public const string TypeError = "Neo.ClientError.Statement.TypeError";
    public const string ArithmeticError = "Neo.ClientError.Statement.ArithmeticError";
    public const string ArgumentError = "Neo.ClientError.Statement.ArgumentError";
    public const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";
    public const string AccessMode = "Neo.ClientError.Statement.AccessMode";
    public const string NotSystemDatabaseError = "Neo.ClientError.Statement.NotSystemDatabaseError";
    public const string ExecutionFailed = "Neo.ClientError.Statement.ExecutionFailed";
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string EquivalentSchemaRuleAlreadyExists = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    public const string IndexNotFound = "Neo.ClientError.Schema.IndexNotFound";
    public const string ConstraintNotFound = "Neo.ClientError.Schema.ConstraintNotFound";
    public const string ProcedureNotFound = "Neo.ClientError.Procedure.ProcedureNotFound";
    public const string ProcedureCallFailed = "Neo.ClientError.Procedure.ProcedureCallFailed";
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string AuthenticationRateLimit = "Neo.ClientError.Security.AuthenticationRateLimit";
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string TransactionTimedOut = "Neo.ClientError.Transaction.TransactionTimedOut";
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";
    public const string InvalidTransactionState = "Neo.ClientError.Transaction.TransactionAccessedConcurrently";
    public const string TransactionMarkedAsFailed = "Neo.ClientError.Transaction.TransactionMarkedAsFailed";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string RequestInvalid = "Neo.ClientError.Request.Invalid";
    public const string RequestInvalidFormat = "Neo.ClientError.Request.InvalidFormat";
    public const string Terminated = "Neo.ClientError.Transaction.Terminated";

    // TransientError
    public const string DeadlockDetected = "Neo.TransientError.Transaction.DeadlockDetected";
    public const string LockClientStopped = "Neo.TransientError.Transaction.LockClientStopped";
    public const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";
    public const string TransientTerminated = "Neo.TransientError.Transaction.Terminated";

    // DatabaseError
    public const string UnknownError = "Neo.DatabaseError.General.UnknownError";
    public const string StorageDamageDetected = "Neo.DatabaseError.General.StorageDamageDetected";
    public const string ServiceUnavailable = "Neo.TransientError.General.ServiceUnavailable";

    public static string ClassificationOf(string code)
    {
        var parts = code.Split('.');
        return parts.Length > 1 ? parts[1] : "DatabaseError";
    }
}
