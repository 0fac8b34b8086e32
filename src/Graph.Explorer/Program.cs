using Graph.Explorer.Commands;

return await ShanhaiCli.Create().Parse(args).InvokeAsync();
