import { placeholderPage } from "@/components/shell/placeholder-page";

const { metadata, Page } = placeholderPage("reputation");
export { metadata };
export default Page;
