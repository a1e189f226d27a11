import { placeholderPage } from "@/components/shell/placeholder-page";

const { metadata, Page } = placeholderPage("settings");
export { metadata };
export default Page;
