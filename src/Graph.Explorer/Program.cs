Console.Error.WriteLine("Shanhai Graph: the explorer host is being assembled; see README.md.");
return 1;
