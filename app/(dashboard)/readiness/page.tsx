import { placeholderPage } from "@/components/shell/placeholder-page";

const { metadata, Page } = placeholderPage("readiness");
export { metadata };
export default Page;
