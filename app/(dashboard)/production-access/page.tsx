import { placeholderPage } from "@/components/shell/placeholder-page";

const { metadata, Page } = placeholderPage("production-access");
export { metadata };
export default Page;
