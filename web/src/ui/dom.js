// Builds elements with text content only: values from the graph must never be parsed as HTML.
export function el(tag, { className, text, title, attrs } = {}, children = []) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined && text !== null) element.textContent = String(text);
  if (title) element.title = title;
  for (const [name, value] of Object.entries(attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) element.append(child);
  return element;
}
