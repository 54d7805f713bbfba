function ShareLink({ url }) {
  return <a href={url} target="_blank">Share</a>;
}
