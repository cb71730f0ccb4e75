// The page both banner benchmarks render: the same header and content, with or without the library.
export function WeroomPage() {
  return (
    <>
      <header style={{ padding: '0.75rem 1.5rem', borderBottom: '1px solid #e7e2dc' }}>
        <strong>weroom</strong>
      </header>
      <main style={{ maxWidth: '64rem', margin: '0 auto', padding: '2.5rem 1.5rem' }}>
        <h1>Find your flatmates</h1>
        <p>By creating an account you agree to the terms and conditions.</p>
        <p>
          Already a member? <a href="#sign-in">Connect to Weroom</a>
        </p>
      </main>
    </>
  );
}
