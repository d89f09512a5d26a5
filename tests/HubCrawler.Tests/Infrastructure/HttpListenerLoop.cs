namespace HubCrawler.Tests.Infrastructure;

/// <summary>The accept loop of the tests' small HTTP stubs.</summary>
public static class HttpListenerLoop
{
    /// <summary>Hands each request to <paramref name="answer"/> until the listener stops, one after another or, with
    /// <paramref name="concurrently"/>, each on its own task.</summary>
    public static async Task Serve(HttpListener listener, Func<HttpListenerContext, Task> answer, bool concurrently = false)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            if (concurrently) _ = Task.Run(() => answer(context));
            else await answer(context);
        }
    }
}
