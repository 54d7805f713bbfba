function ShareLink({ url }) {
  return <a href={url} target="_blank" rel="noopener noreferrer">Share</a>;
}
