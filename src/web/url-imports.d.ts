/** Files vite serves as they are, imported for their address (the PDF viewer's worker). */
declare module '*?url' {
  const url: string;
  export default url;
}
