export const meta = () => [{ title: 'Weroom on React Router' }];

export default function Home() {
  return (
    <main>
      <h1>Find your flatmates</h1>
      <p>By creating an account you agree to the terms and conditions.</p>
    </main>
  );
}
