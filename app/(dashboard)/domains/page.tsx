import { placeholderPage } from "@/components/shell/placeholder-page";

const { metadata, Page } = placeholderPage("domains");
export { metadata };
export default Page;
