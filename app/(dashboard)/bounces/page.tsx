import { placeholderPage } from "@/components/shell/placeholder-page";

const { metadata, Page } = placeholderPage("bounces");
export { metadata };
export default Page;
